import type { Db } from '../db.js';
import type { ConversationRow } from './conversations.js';
import type { CallbackRow } from './callbacks.js';

/**
 * The voice conversation a callback becomes at its time: waiting in the team queue (of the
 * callback team, when there is one), so the router hands it to an agent who takes calls.
 */
export async function insertCallbackConversation(
  tx: Db,
  c: {
    id: string;
    workspace_id: string;
    contact_id: string | null;
    subject: string;
    team_id: string | null;
    now: Date;
  },
): Promise<ConversationRow> {
  const [row] = await tx.query<ConversationRow>(
    `insert into conversations (id, workspace_id, contact_id, topic, subject, owner, rung,
       rung_since, queued_at, channel, team_id, created_at, updated_at)
     select $1, $2, $3, 'question', $4, 'queue', 'queue', $6, $6, 'voice',
       (select t.id from teams t where t.workspace_id = $2 and t.id = $5), $6, $6
     returning *`,
    [c.id, c.workspace_id, c.contact_id, c.subject, c.team_id, c.now],
  );
  return row!;
}

/** Locks up to `limit` scheduled callbacks whose time has come (other nodes skip them). */
export async function claimDueCallbacks(tx: Db, now: Date, limit: number): Promise<CallbackRow[]> {
  return tx.query<CallbackRow>(
    `select * from callbacks where status = 'scheduled' and due_at <= $1
      order by due_at limit $2 for update skip locked`,
    [now, limit],
  );
}

/**
 * Marks the reminders owed now as sent and returns their callbacks: slots starting within the
 * workspace's reminder time, with an email and no reminder yet. Each callback is returned once,
 * ever; the caller queues the email in the same transaction.
 */
export async function claimDueReminders(
  tx: Db,
  now: Date,
  limit: number,
): Promise<(CallbackRow & { company: string })[]> {
  return tx.query(
    `with due as (
       select b.id from callbacks b
         left join callback_settings s on s.workspace_id = b.workspace_id
        where b.status = 'scheduled' and b.kind = 'slot' and b.email is not null
          and b.reminder_sent_at is null and b.slot_start > $1
          and coalesce(s.reminder_minutes, 30) > 0
          and b.slot_start - make_interval(mins => coalesce(s.reminder_minutes, 30)) <= $1
        order by b.slot_start limit $2 for update of b skip locked)
     update callbacks b set reminder_sent_at = $1
       from due, workspaces w
      where b.id = due.id and w.id = b.workspace_id
     returning b.*, w.name as company`,
    [now, limit],
  );
}
