import type { Db } from '../db.js';

export async function findLadder(db: Db, workspaceId: string): Promise<unknown> {
  const [row] = await db.query<{ ladder: unknown }>(
    'select ladder from escalation_ladders where workspace_id = $1',
    [workspaceId],
  );
  return row?.ladder;
}

export async function saveLadder(
  db: Db,
  workspaceId: string,
  ladder: unknown,
  updatedBy: string,
): Promise<void> {
  await db.query(
    `insert into escalation_ladders (workspace_id, ladder, updated_by) values ($1, $2, $3)
     on conflict (workspace_id) do update
       set ladder = excluded.ladder, updated_by = excluded.updated_by, updated_at = now()`,
    [workspaceId, JSON.stringify(ladder), updatedBy],
  );
}
