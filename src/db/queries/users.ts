import type { Db } from '../db.js';

export type Role = 'owner' | 'admin' | 'agent' | 'champion';

export interface UserRow {
  id: string;
  email: string;
  name: string;
  password_hash: string | null;
  failed_logins: number;
  locked_until: Date | null;
  created_at: Date;
}

export interface MemberRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  has_password: boolean;
  created_at: Date;
}

export async function insertUser(
  db: Db,
  u: { id: string; email: string; name: string; password_hash: string | null },
): Promise<UserRow> {
  const [row] = await db.query<UserRow>(
    `insert into users (id, email, name, password_hash) values ($1, $2, $3, $4) returning *`,
    [u.id, u.email, u.name, u.password_hash],
  );
  return row!;
}

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  const [row] = await db.query<UserRow>('select * from users where lower(email) = lower($1)', [
    email,
  ]);
  return row;
}

export async function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  const [row] = await db.query<UserRow>('select * from users where id = $1', [id]);
  return row;
}

export async function setPasswordHash(db: Db, userId: string, hash: string | null): Promise<void> {
  await db.query(
    'update users set password_hash = $2, failed_logins = 0, locked_until = null where id = $1',
    [userId, hash],
  );
}

/** Counts a failed sign-in; locks the account once `maxFailures` is reached. */
export async function recordFailedLogin(
  db: Db,
  userId: string,
  maxFailures: number,
  lockUntil: Date,
): Promise<{ failed_logins: number; locked_until: Date | null }> {
  const [row] = await db.query<{ failed_logins: number; locked_until: Date | null }>(
    `update users set
       failed_logins = failed_logins + 1,
       locked_until = case when failed_logins + 1 >= $2 then $3::timestamptz else locked_until end
     where id = $1 returning failed_logins, locked_until`,
    [userId, maxFailures, lockUntil],
  );
  return row!;
}

export async function clearFailedLogins(db: Db, userId: string): Promise<void> {
  await db.query('update users set failed_logins = 0, locked_until = null where id = $1', [userId]);
}

export async function insertMembership(
  db: Db,
  m: { workspace_id: string; user_id: string; role: Role },
): Promise<void> {
  await db.query(
    `insert into memberships (workspace_id, user_id, role) values ($1, $2, $3)
     on conflict (workspace_id, user_id) do update set role = excluded.role`,
    [m.workspace_id, m.user_id, m.role],
  );
}

/** The workspaces a person belongs to, oldest membership first. */
export async function listMembershipsOfUser(
  db: Db,
  userId: string,
): Promise<{ workspace_id: string; role: Role }[]> {
  return db.query<{ workspace_id: string; role: Role }>(
    'select workspace_id, role from memberships where user_id = $1 order by created_at',
    [userId],
  );
}

const MEMBER_COLUMNS = `u.id, u.email, u.name, m.role, (u.password_hash is not null) as has_password,
  m.created_at`;

export async function listMembers(db: Db, workspaceId: string): Promise<MemberRow[]> {
  return db.query<MemberRow>(
    `select ${MEMBER_COLUMNS} from memberships m join users u on u.id = m.user_id
     where m.workspace_id = $1 order by m.created_at, u.name`,
    [workspaceId],
  );
}

export async function findMember(
  db: Db,
  workspaceId: string,
  userId: string,
): Promise<MemberRow | undefined> {
  const [row] = await db.query<MemberRow>(
    `select ${MEMBER_COLUMNS} from memberships m join users u on u.id = m.user_id
     where m.workspace_id = $1 and m.user_id = $2`,
    [workspaceId, userId],
  );
  return row;
}
