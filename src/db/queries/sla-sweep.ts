import type { SlaMetric } from '../../shared/sla-labels.js';
import type { Db } from '../db.js';

/** A clock the sweep just marked: each is returned by exactly one sweep, on one node. */
export interface SlaAlertRow {
  id: number;
  workspace_id: string;
  conversation_id: string;
  metric: SlaMetric;
  due_at: Date;
  warn_at: Date | null;
}

const WARN_AT = `t.due_at - make_interval(mins => p.warn_before_minutes)`;

/**
 * Across all workspaces: running clocks past due become breached. The update re-checks
 * `breached_at is null` on the row it locks, so of two sweeps (or nodes) at once only one
 * records a breach and reports it.
 */
export async function markSlaBreaches(db: Db, now: Date, limit: number): Promise<SlaAlertRow[]> {
  return db.query<SlaAlertRow>(
    `update sla_targets t set breached_at = t.due_at
       from (select id from sla_targets
              where met_at is null and stopped_at is null and breached_at is null
                and due_at is not null and due_at <= $1
              order by due_at limit $2 for update skip locked) d
      where t.id = d.id and t.breached_at is null and t.met_at is null and t.stopped_at is null
      returning t.id, t.workspace_id, t.conversation_id, t.metric, t.due_at, null::timestamptz as warn_at`,
    [now, limit],
  );
}

/** Running clocks now inside their policy's warning window, not yet warned about. */
export async function markSlaWarnings(db: Db, now: Date, limit: number): Promise<SlaAlertRow[]> {
  return db.query<SlaAlertRow>(
    `update sla_targets t set warned_at = $1
       from sla_policies p
      where t.id in (
              select s.id from sla_targets s
                join sla_policies q on q.workspace_id = s.workspace_id and q.priority = s.priority
               where s.met_at is null and s.stopped_at is null and s.breached_at is null
                 and s.warned_at is null and s.due_at > $1 and q.warn_before_minutes > 0
                 and s.due_at - make_interval(mins => q.warn_before_minutes) <= $1
               order by s.due_at limit $2 for update of s skip locked)
        and p.workspace_id = t.workspace_id and p.priority = t.priority
        and t.warned_at is null and t.breached_at is null and t.met_at is null
      returning t.id, t.workspace_id, t.conversation_id, t.metric, t.due_at, ${WARN_AT} as warn_at`,
    [now, limit],
  );
}
