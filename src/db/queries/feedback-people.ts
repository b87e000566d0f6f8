import type { Db } from '../db.js';

export interface PersonRow {
  id: string;
  name: string;
  email: string;
  role: 'owner' | 'admin' | 'agent' | 'champion';
}

/** A member of the workspace by id, with the role they hold there. */
export async function findPerson(
  db: Db,
  workspaceId: string,
  userId: string,
): Promise<PersonRow | undefined> {
  const [row] = await db.query<PersonRow>(
    `select u.id, u.name, u.email, m.role from memberships m join users u on u.id = m.user_id
      where m.workspace_id = $1 and m.user_id = $2`,
    [workspaceId, userId],
  );
  return row;
}

/** The workspace's first owner (else its first admin): who answers for it when nobody else did. */
export async function findLeadPerson(db: Db, workspaceId: string): Promise<PersonRow | undefined> {
  const [row] = await db.query<PersonRow>(
    `select u.id, u.name, u.email, m.role from memberships m join users u on u.id = m.user_id
      where m.workspace_id = $1 and m.role in ('owner', 'admin')
      order by m.role = 'owner' desc, m.created_at, u.id limit 1`,
    [workspaceId],
  );
  return row;
}
