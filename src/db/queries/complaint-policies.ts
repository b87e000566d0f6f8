import type { Db } from '../db.js';

export async function findComplaintPolicy(db: Db, workspaceId: string): Promise<unknown> {
  const [row] = await db.query<{ policy: unknown }>(
    'select policy from complaint_policies where workspace_id = $1',
    [workspaceId],
  );
  return row?.policy;
}

export async function saveComplaintPolicy(
  db: Db,
  workspaceId: string,
  policy: unknown,
  updatedBy: string,
): Promise<void> {
  await db.query(
    `insert into complaint_policies (workspace_id, policy, updated_by) values ($1, $2, $3)
     on conflict (workspace_id) do update
       set policy = excluded.policy, updated_by = excluded.updated_by, updated_at = now()`,
    [workspaceId, JSON.stringify(policy), updatedBy],
  );
}
