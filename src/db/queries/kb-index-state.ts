import type { Db } from '../db.js';

/**
 * Moves a workspace's knowledge-base revision on by one and returns the new value. Call it in
 * the transaction that changes articles, so the revision and the change commit together.
 */
export async function bumpKbRevision(db: Db, workspaceId: string): Promise<number> {
  const [row] = await db.query<{ revision: number }>(
    `insert into kb_index_state (workspace_id, revision) values ($1, 1)
     on conflict (workspace_id) do update set revision = kb_index_state.revision + 1
     returning revision`,
    [workspaceId],
  );
  return row!.revision;
}

/** Serialises knowledge-base writers of one workspace until the transaction ends. */
export async function lockKbWorkspace(db: Db, workspaceId: string): Promise<void> {
  await db.query('select pg_advisory_xact_lock(hashtext($1))', [`parley.kb:${workspaceId}`]);
}

/** The current revision, 0 when the workspace never had an article. */
export async function readKbRevision(db: Db, workspaceId: string): Promise<number> {
  const [row] = await db.query<{ revision: number }>(
    'select revision from kb_index_state where workspace_id = $1',
    [workspaceId],
  );
  return row?.revision ?? 0;
}
