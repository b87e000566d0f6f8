import type { Db } from '../db.js';

/** The chat line of a workspace by arrival (calls wait in their own line): who waits, since when. */
export async function listQueue(
  db: Db,
  workspaceId: string,
): Promise<
  {
    id: string;
    queued_at: Date;
    team_id: string | null;
    priority: 'urgent' | 'high' | 'normal' | 'low';
  }[]
> {
  return db.query(
    `select id, queued_at, team_id, priority from conversations
      where workspace_id = $1 and owner = 'queue' and status = 'open' and channel = 'chat'
      order by queued_at, id`,
    [workspaceId],
  );
}

/** Who has each of these conversations now, when it is a person: their name. */
export async function listAnswerers(
  db: Db,
  workspaceId: string,
  conversationIds: string[],
): Promise<{ id: string; user_id: string; name: string }[]> {
  if (!conversationIds.length) return [];
  return db.query(
    `select c.id, u.id as user_id, u.name from conversations c join users u on u.id = c.assignee_id
      where c.workspace_id = $1 and c.id = any($2::uuid[]) and c.owner in ('agent', 'champion')`,
    [workspaceId, conversationIds],
  );
}

/** Open conversations each of these people owns now (their load). */
export async function countOpenOwnedBy(
  db: Db,
  workspaceId: string,
  userIds: string[],
): Promise<number> {
  if (!userIds.length) return 0;
  const [row] = await db.query<{ n: number }>(
    `select count(*)::int as n from conversations
      where workspace_id = $1 and status = 'open' and assignee_id = any($2::uuid[])`,
    [workspaceId, userIds],
  );
  return row?.n ?? 0;
}

/** Minutes from taking to resolving, for the workspace's recent conversations. */
export async function recentHandleMinutes(
  db: Db,
  workspaceId: string,
  limit: number,
): Promise<number[]> {
  const rows = await db.query<{ minutes: number }>(
    `select extract(epoch from (resolved_at - claimed_at))::float8 / 60 as minutes
       from conversations
      where workspace_id = $1 and resolved_at is not null and claimed_at is not null
        and resolved_at > claimed_at
      order by resolved_at desc limit $2`,
    [workspaceId, limit],
  );
  return rows.map((r) => Number(r.minutes));
}
