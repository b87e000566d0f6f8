import type { Db } from '../db.js';

/**
 * Contacts seen since `seenSince` who have not been offered a survey since `offeredSince`, most
 * recently seen first. Leaving out those surveyed lately lets a large audience be sent to in
 * batches: each call takes the next contacts.
 */
export async function contactsSeenSince(
  db: Db,
  q: {
    workspaceId: string;
    seenSince: Date;
    offeredSince: Date;
    withEmail: boolean;
    limit: number;
  },
): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    `select c.id from contacts c
      where c.workspace_id = $1 and c.last_seen_at >= $2
        and ($4::boolean is false or c.email is not null)
        and not exists (
          select 1 from survey_offers o
           where o.workspace_id = c.workspace_id and o.contact_id = c.id
             and o.status <> 'suppressed' and o.created_at >= $3)
      order by c.last_seen_at desc, c.id limit $5`,
    [q.workspaceId, q.seenSince, q.offeredSince, q.withEmail, q.limit],
  );
  return rows.map((r) => r.id);
}

/** Of these ids, those that are contacts of the workspace. */
export async function contactIdsIn(db: Db, workspaceId: string, ids: string[]): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    'select id from contacts where workspace_id = $1 and id = any($2::uuid[]) order by id',
    [workspaceId, ids],
  );
  return rows.map((r) => r.id);
}

/** The workspace's contacts with these email addresses (case-insensitive), one per address. */
export async function contactIdsByEmail(
  db: Db,
  workspaceId: string,
  emails: string[],
): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    `select distinct on (lower(email)) id from contacts
      where workspace_id = $1 and lower(email) = any($2::text[])
      order by lower(email), last_seen_at desc nulls last, created_at desc`,
    [workspaceId, emails.map((e) => e.toLowerCase())],
  );
  return rows.map((r) => r.id);
}
