import type { Db } from '../db.js';

/** Open chats each of these agents holds now, by agent (agents holding none are absent). */
export async function chatLoads(
  db: Db,
  workspaceId: string,
  userIds: string[],
): Promise<Map<string, number>> {
  if (!userIds.length) return new Map();
  const rows = await db.query<{ assignee_id: string; n: number }>(
    `select assignee_id, count(*)::int as n from conversations
      where workspace_id = $1 and status = 'open' and channel = 'chat'
        and assignee_id = any($2::uuid[])
      group by assignee_id`,
    [workspaceId, userIds],
  );
  return new Map(rows.map((r) => [r.assignee_id, r.n]));
}

/**
 * Chats waiting in the queue now that a team's agents would serve: the team's own and those for
 * no particular team (any agent takes them, so they compete for the same slots). Null: all.
 */
export async function countWaitingChats(
  db: Db,
  workspaceId: string,
  teamId: string | null,
): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    `select count(*)::int as n from conversations
      where workspace_id = $1 and owner = 'queue' and status = 'open' and channel = 'chat'
        and ($2::uuid is null or team_id = $2 or team_id is null)`,
    [workspaceId, teamId],
  );
  return row?.n ?? 0;
}
