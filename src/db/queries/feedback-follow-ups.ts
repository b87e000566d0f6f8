import type { Db } from '../db.js';

export type FollowUpStatus = 'open' | 'contacted' | 'recovered' | 'not_recovered';

export interface FollowUpEntry {
  status: Exclude<FollowUpStatus, 'open'>;
  note: string;
  by: string | null;
  at: string;
}

export interface FollowUpRow {
  id: string;
  workspace_id: string;
  response_id: string;
  owner_id: string;
  due_at: Date;
  status: FollowUpStatus;
  history: FollowUpEntry[];
  created_at: Date;
  updated_at: Date;
  closed_at: Date | null;
}

export async function insertFollowUp(
  db: Db,
  f: Pick<FollowUpRow, 'id' | 'workspace_id' | 'response_id' | 'owner_id' | 'due_at'> & {
    created_at: Date;
  },
): Promise<FollowUpRow> {
  const [row] = await db.query<FollowUpRow>(
    `insert into feedback_follow_ups (id, workspace_id, response_id, owner_id, due_at, created_at,
       updated_at)
     values ($1, $2, $3, $4, $5, $6, $6) returning *`,
    [f.id, f.workspace_id, f.response_id, f.owner_id, f.due_at, f.created_at],
  );
  return row!;
}

/**
 * Records an outcome and appends it to the history; recovered and not recovered close the
 * follow-up. Returns nothing when there is no such open follow-up in the workspace.
 */
export async function recordFollowUpOutcome(
  db: Db,
  workspaceId: string,
  id: string,
  entry: FollowUpEntry,
): Promise<FollowUpRow | undefined> {
  const [row] = await db.query<FollowUpRow>(
    `update feedback_follow_ups set status = $3, updated_at = $4::timestamptz,
       history = history || jsonb_build_array($5::jsonb),
       closed_at = case when $3 in ('recovered', 'not_recovered') then $4::timestamptz end
      where workspace_id = $1 and id = $2 and status in ('open', 'contacted') returning *`,
    [workspaceId, id, entry.status, entry.at, JSON.stringify(entry)],
  );
  return row;
}

export interface FollowUpListRow extends FollowUpRow {
  owner_name: string;
}

/** Follow-ups still to do (open or contacted), soonest due first, with their owners' names. */
export async function listOpenFollowUps(
  db: Db,
  workspaceId: string,
  limit: number,
): Promise<FollowUpListRow[]> {
  return db.query<FollowUpListRow>(
    `select f.*, u.name as owner_name from feedback_follow_ups f
       join users u on u.id = f.owner_id
      where f.workspace_id = $1 and f.status in ('open', 'contacted')
      order by f.due_at, f.id limit $2`,
    [workspaceId, limit],
  );
}

export async function findFollowUp(
  db: Db,
  workspaceId: string,
  id: string,
): Promise<FollowUpListRow | undefined> {
  const [row] = await db.query<FollowUpListRow>(
    `select f.*, u.name as owner_name from feedback_follow_ups f
       join users u on u.id = f.owner_id
      where f.workspace_id = $1 and f.id = $2`,
    [workspaceId, id],
  );
  return row;
}

export async function findFollowUpByResponse(
  db: Db,
  workspaceId: string,
  responseId: string,
): Promise<FollowUpRow | undefined> {
  const [row] = await db.query<FollowUpRow>(
    'select * from feedback_follow_ups where workspace_id = $1 and response_id = $2',
    [workspaceId, responseId],
  );
  return row;
}
