import type { Db } from '../db.js';

export type CaseStatusValue = 'open' | 'in_progress' | 'resolved' | 'reopened';

export interface CaseRow {
  id: string;
  workspace_id: string;
  number: number;
  conversation_id: string;
  contact_id: string | null;
  category: string;
  description: string;
  order_ref: string | null;
  /** The person who owns it; null while the team does. */
  owner_id: string | null;
  team: string;
  status: CaseStatusValue;
  due_at: Date;
  resolved_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

/** A case with the names a reader needs: the customer's and the owning person's. */
export interface CaseListRow extends CaseRow {
  contact_name: string | null;
  contact_email: string | null;
  owner_name: string | null;
}

export type CaseView = 'open' | 'overdue' | 'resolved' | 'all';

const WITH_NAMES = `select c.*, k.name as contact_name, k.email as contact_email, u.name as owner_name
  from cases c
  left join contacts k on k.id = c.contact_id and k.workspace_id = c.workspace_id
  left join users u on u.id = c.owner_id`;

export async function findCase(
  db: Db,
  workspaceId: string,
  id: string,
): Promise<CaseListRow | undefined> {
  const [row] = await db.query<CaseListRow>(
    `${WITH_NAMES} where c.workspace_id = $1 and c.id = $2`,
    [workspaceId, id],
  );
  return row;
}

export async function findCaseOfConversation(
  db: Db,
  workspaceId: string,
  conversationId: string,
): Promise<CaseListRow | undefined> {
  const [row] = await db.query<CaseListRow>(
    `${WITH_NAMES} where c.workspace_id = $1 and c.conversation_id = $2`,
    [workspaceId, conversationId],
  );
  return row;
}

/** Locks the case for the rest of the transaction: changes to one case happen one at a time. */
export async function lockCase(
  tx: Db,
  workspaceId: string,
  id: string,
): Promise<CaseRow | undefined> {
  const [row] = await tx.query<CaseRow>(
    'select * from cases where workspace_id = $1 and id = $2 for update',
    [workspaceId, id],
  );
  return row;
}

/** The workspace's next case number (C-1, C-2, ...); rolled back with its transaction. */
export async function nextCaseNumber(tx: Db, workspaceId: string): Promise<number> {
  const [row] = await tx.query<{ last_number: number }>(
    `insert into case_counters (workspace_id, last_number) values ($1, 1)
     on conflict (workspace_id) do update set last_number = case_counters.last_number + 1
     returning last_number`,
    [workspaceId],
  );
  return row!.last_number;
}

/** Inserts the case; nothing when its id is taken (a retried complaint). */
export async function insertCase(
  tx: Db,
  c: Omit<CaseRow, 'status' | 'resolved_at' | 'created_at' | 'updated_at'> & { created_at: Date },
): Promise<CaseRow | undefined> {
  const [row] = await tx.query<CaseRow>(
    `insert into cases (id, workspace_id, number, conversation_id, contact_id, category,
       description, order_ref, owner_id, team, due_at, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12)
     on conflict do nothing returning *`,
    [
      c.id,
      c.workspace_id,
      c.number,
      c.conversation_id,
      c.contact_id,
      c.category,
      c.description,
      c.order_ref,
      c.owner_id,
      c.team,
      c.due_at,
      c.created_at,
    ],
  );
  return row;
}

export async function saveCaseState(
  tx: Db,
  workspaceId: string,
  id: string,
  s: Pick<CaseRow, 'status' | 'owner_id' | 'due_at' | 'resolved_at' | 'updated_at'>,
): Promise<void> {
  await tx.query(
    `update cases set status = $3, owner_id = $4, due_at = $5, resolved_at = $6, updated_at = $7
     where workspace_id = $1 and id = $2`,
    [workspaceId, id, s.status, s.owner_id, s.due_at, s.resolved_at, s.updated_at],
  );
}

export async function touchCase(tx: Db, workspaceId: string, id: string, at: Date): Promise<void> {
  await tx.query('update cases set updated_at = $3 where workspace_id = $1 and id = $2', [
    workspaceId,
    id,
    at,
  ]);
}

/**
 * A workspace's cases in one view. Open and overdue are ordered by due time (soonest first);
 * resolved ones by when they were resolved (latest first).
 */
export async function listCases(
  db: Db,
  q: { workspaceId: string; view: CaseView; now: Date; limit: number },
): Promise<CaseListRow[]> {
  return db.query<CaseListRow>(
    `${WITH_NAMES}
     where c.workspace_id = $1
       and case $2::text
             when 'open' then c.status <> 'resolved'
             when 'overdue' then c.status <> 'resolved' and c.due_at < $3
             when 'resolved' then c.status = 'resolved'
             else true
           end
     order by case when $2 = 'resolved' then c.resolved_at end desc nulls last, c.due_at, c.number
     limit $4`,
    [q.workspaceId, q.view, q.now, q.limit],
  );
}

export async function countCases(
  db: Db,
  workspaceId: string,
  now: Date,
): Promise<Record<'open' | 'overdue' | 'resolved', number>> {
  const [row] = await db.query<Record<'open' | 'overdue' | 'resolved', number>>(
    `select
       count(*) filter (where status <> 'resolved')::int as open,
       count(*) filter (where status <> 'resolved' and due_at < $2)::int as overdue,
       count(*) filter (where status = 'resolved')::int as resolved
     from cases where workspace_id = $1`,
    [workspaceId, now],
  );
  return row!;
}
