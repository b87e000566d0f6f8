import type { Db } from '../db.js';

export interface ContactRow {
  id: string;
  workspace_id: string;
  external_id: string | null;
  name: string | null;
  email: string | null;
  verified: boolean;
  /** Marked VIP by the business (migration 0011); counts only while verified. */
  vip: boolean;
  current_url: string | null;
  current_title: string | null;
  last_seen_at: Date | null;
  created_at: Date;
}

export async function insertContact(
  db: Db,
  c: Pick<ContactRow, 'id' | 'workspace_id' | 'external_id' | 'name' | 'email' | 'verified'>,
): Promise<ContactRow> {
  const [row] = await db.query<ContactRow>(
    `insert into contacts (id, workspace_id, external_id, name, email, verified)
     values ($1, $2, $3, $4, $5, $6) returning *`,
    [c.id, c.workspace_id, c.external_id, c.name, c.email, c.verified],
  );
  return row!;
}

export async function findContact(
  db: Db,
  workspaceId: string,
  id: string,
): Promise<ContactRow | undefined> {
  const [row] = await db.query<ContactRow>(
    'select * from contacts where workspace_id = $1 and id = $2',
    [workspaceId, id],
  );
  return row;
}

export async function findContactByExternalId(
  db: Db,
  workspaceId: string,
  externalId: string,
): Promise<ContactRow | undefined> {
  const [row] = await db.query<ContactRow>(
    'select * from contacts where workspace_id = $1 and external_id = $2',
    [workspaceId, externalId],
  );
  return row;
}

export async function updateContactProfile(
  db: Db,
  workspaceId: string,
  id: string,
  p: { name?: string | null; email?: string | null },
): Promise<void> {
  await db.query(
    `update contacts set name = coalesce($3, name), email = coalesce($4, email)
     where workspace_id = $1 and id = $2`,
    [workspaceId, id, p.name ?? null, p.email ?? null],
  );
}

export async function insertVisitorToken(
  db: Db,
  t: { token_hash: string; workspace_id: string; contact_id: string },
): Promise<void> {
  await db.query(
    'insert into visitor_tokens (token_hash, workspace_id, contact_id) values ($1, $2, $3)',
    [t.token_hash, t.workspace_id, t.contact_id],
  );
}

/** The contact behind a visitor token, only within the given workspace. */
export async function findContactByVisitorToken(
  db: Db,
  workspaceId: string,
  tokenHash: string,
): Promise<ContactRow | undefined> {
  const [row] = await db.query<ContactRow>(
    `select c.* from visitor_tokens t join contacts c on c.id = t.contact_id
     where t.workspace_id = $1 and t.token_hash = $2`,
    [workspaceId, tokenHash],
  );
  return row;
}

/** Moves an anonymous visitor's conversations to the verified contact they turned out to be. */
export async function moveConversations(
  db: Db,
  workspaceId: string,
  fromContactId: string,
  toContactId: string,
): Promise<void> {
  await db.query(
    'update conversations set contact_id = $3 where workspace_id = $1 and contact_id = $2',
    [workspaceId, fromContactId, toContactId],
  );
}

export async function listContacts(
  db: Db,
  q: { workspaceId: string; limit: number; before?: Date },
): Promise<ContactRow[]> {
  return db.query<ContactRow>(
    `select * from contacts where workspace_id = $1 and ($3::timestamptz is null or created_at < $3)
     order by created_at desc limit $2`,
    [q.workspaceId, q.limit, q.before ?? null],
  );
}
