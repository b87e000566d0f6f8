import type { Db } from '../db.js';
import { LIVE } from './callbacks.js';

/** Places taken per slot start in [from, to). */
export async function countBookedSlots(
  db: Db,
  workspaceId: string,
  from: Date,
  to: Date,
): Promise<{ slot_start: Date; n: number }[]> {
  return db.query(
    `select slot_start, count(*)::int as n from callbacks
      where workspace_id = $1 and status in ${LIVE} and slot_start >= $2 and slot_start < $3
      group by slot_start`,
    [workspaceId, from, to],
  );
}

/** Open voice conversations each agent holds now. */
export async function voiceLoadByAgent(
  db: Db,
  workspaceId: string,
): Promise<{ agent_id: string; n: number }[]> {
  return db.query(
    `select assignee_id as agent_id, count(*)::int as n from conversations
      where workspace_id = $1 and status = 'open' and channel = 'voice' and assignee_id is not null
      group by assignee_id`,
    [workspaceId],
  );
}

/**
 * Calls ahead of a new "call me now": voice tasks waiting in the queue, and booked callbacks
 * that become tasks before `until`.
 */
export async function countCallsAhead(db: Db, workspaceId: string, until: Date): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    `select (select count(*) from conversations
              where workspace_id = $1 and status = 'open' and owner = 'queue' and channel = 'voice')
          + (select count(*) from callbacks
              where workspace_id = $1 and status = 'scheduled' and due_at <= $2) as n`,
    [workspaceId, until],
  );
  return Number(row?.n ?? 0);
}

/** Minutes from taking to resolving, for the workspace's recent voice conversations. */
export async function recentVoiceHandleMinutes(
  db: Db,
  workspaceId: string,
  limit: number,
): Promise<number[]> {
  const rows = await db.query<{ minutes: number }>(
    `select extract(epoch from (resolved_at - claimed_at))::float8 / 60 as minutes
       from conversations
      where workspace_id = $1 and channel = 'voice' and resolved_at is not null
        and claimed_at is not null and resolved_at > claimed_at
      order by resolved_at desc limit $2`,
    [workspaceId, limit],
  );
  return rows.map((r) => Number(r.minutes));
}
