import type { Db } from '../db.js';

export interface OutboxEmailRow {
  id: number;
  workspace_id: string;
  template: string;
  to_address: string;
  data: Record<string, unknown>;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  next_attempt_at: Date;
  last_error: string | null;
  created_at: Date;
  sent_at: Date | null;
}

/** Queues an email in the caller's transaction: it is sent only if that transaction commits. */
export async function enqueueEmail(
  db: Db,
  e: { workspace_id: string; template: string; to_address: string; data: unknown },
): Promise<void> {
  await db.query(
    `insert into email_outbox (workspace_id, template, to_address, data) values ($1, $2, $3, $4)`,
    [e.workspace_id, e.template, e.to_address, JSON.stringify(e.data)],
  );
}

/**
 * Leases due emails for `leaseMs` (another node skips locked rows; after the lease, an email
 * whose sender died becomes due again).
 */
export async function claimDueEmails(
  db: Db,
  now: Date,
  limit: number,
  leaseMs: number,
): Promise<OutboxEmailRow[]> {
  return db.query<OutboxEmailRow>(
    `with due as (
       select id from email_outbox
        where status = 'pending' and next_attempt_at <= $1
        order by next_attempt_at limit $2
        for update skip locked)
     update email_outbox e
        set next_attempt_at = $1::timestamptz + ($3 || ' milliseconds')::interval
       from due where e.id = due.id
     returning e.*`,
    [now, limit, String(leaseMs)],
  );
}

export async function recordEmailAttempt(
  db: Db,
  r: {
    id: number;
    status: OutboxEmailRow['status'];
    error: string | null;
    nextAttemptAt: Date;
    now: Date;
  },
): Promise<void> {
  await db.query(
    `update email_outbox set status = $2, attempts = attempts + 1, last_error = $3,
       next_attempt_at = $4,
       sent_at = case when $2 = 'sent' then $5::timestamptz else null end
     where id = $1`,
    [r.id, r.status, r.error, r.nextAttemptAt, r.now],
  );
}
