import type { Db } from '../db.js';

export interface WorkspaceRow {
  id: string;
  name: string;
  public_key: string;
  identity_secret: string;
  is_demo: boolean;
  created_at: Date;
}

export async function insertWorkspace(
  db: Db,
  w: Pick<WorkspaceRow, 'id' | 'name' | 'public_key' | 'identity_secret' | 'is_demo'>,
): Promise<WorkspaceRow> {
  const [row] = await db.query<WorkspaceRow>(
    `insert into workspaces (id, name, public_key, identity_secret, is_demo)
     values ($1, $2, $3, $4, $5) returning *`,
    [w.id, w.name, w.public_key, w.identity_secret, w.is_demo],
  );
  return row!;
}

export async function findWorkspaceById(db: Db, id: string): Promise<WorkspaceRow | undefined> {
  const [row] = await db.query<WorkspaceRow>('select * from workspaces where id = $1', [id]);
  return row;
}

export async function findWorkspaceByKey(db: Db, key: string): Promise<WorkspaceRow | undefined> {
  const [row] = await db.query<WorkspaceRow>('select * from workspaces where public_key = $1', [
    key,
  ]);
  return row;
}

export async function listWorkspaces(db: Db): Promise<WorkspaceRow[]> {
  return db.query<WorkspaceRow>('select * from workspaces order by created_at, name');
}

export async function countWorkspaces(db: Db): Promise<number> {
  const [row] = await db.query<{ n: number }>('select count(*)::int as n from workspaces');
  return row!.n;
}

/** The demo workspace, if any: one indexed-size lookup, not a scan of every workspace. */
export async function findDemoWorkspaceRow(db: Db): Promise<WorkspaceRow | undefined> {
  const [row] = await db.query<WorkspaceRow>(
    'select * from workspaces where is_demo order by created_at limit 1',
  );
  return row;
}
