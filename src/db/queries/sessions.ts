import type { Db } from '../db.js';

export interface SessionRow {
  token_hash: string;
  workspace_id: string;
  user_id: string;
  csrf_token: string;
  expires_at: Date;
}

export async function insertSession(db: Db, s: SessionRow): Promise<void> {
  await db.query(
    `insert into sessions (token_hash, workspace_id, user_id, csrf_token, expires_at)
     values ($1, $2, $3, $4, $5)`,
    [s.token_hash, s.workspace_id, s.user_id, s.csrf_token, s.expires_at],
  );
}

export async function findSession(db: Db, tokenHash: string): Promise<SessionRow | undefined> {
  const [row] = await db.query<SessionRow>(
    'select token_hash, workspace_id, user_id, csrf_token, expires_at from sessions where token_hash = $1',
    [tokenHash],
  );
  return row;
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.query('delete from sessions where token_hash = $1', [tokenHash]);
}

export async function deleteSessionsOfUser(db: Db, userId: string): Promise<void> {
  await db.query('delete from sessions where user_id = $1', [userId]);
}

export async function deleteExpiredSessions(db: Db, now: Date): Promise<void> {
  await db.query('delete from sessions where expires_at <= $1', [now]);
}

export async function insertLoginLink(
  db: Db,
  l: { token_hash: string; workspace_id: string; user_id: string; expires_at: Date },
): Promise<void> {
  await db.query(
    `insert into login_links (token_hash, workspace_id, user_id, expires_at) values ($1, $2, $3, $4)`,
    [l.token_hash, l.workspace_id, l.user_id, l.expires_at],
  );
}

/** Marks a link used and returns it, atomically, so a link works exactly once. */
export async function consumeLoginLink(
  db: Db,
  tokenHash: string,
  now: Date,
): Promise<{ workspace_id: string; user_id: string } | undefined> {
  const [row] = await db.query<{ workspace_id: string; user_id: string }>(
    `update login_links set used_at = $2
     where token_hash = $1 and used_at is null and expires_at > $2
     returning workspace_id, user_id`,
    [tokenHash, now],
  );
  return row;
}
