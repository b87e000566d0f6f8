import type { Db } from '../db.js';

export type CaseEventKind = 'created' | 'status' | 'owner' | 'due' | 'action' | 'note';

export interface CaseEventRow {
  id: number;
  workspace_id: string;
  case_id: string;
  kind: CaseEventKind;
  detail: Record<string, unknown>;
  actor_id: string | null;
  actor_name: string | null;
  at: Date;
}

export interface CaseActionRow {
  id: string;
  workspace_id: string;
  case_id: string;
  kind: 'apology' | 'refund' | 'credit' | 'other';
  note: string | null;
  /** A decimal string ("15.00"), or null. */
  amount: string | null;
  currency: string | null;
  customer_visible: boolean;
  recorded_by: string | null;
  recorded_by_name: string | null;
  recorded_at: Date;
}

export async function insertCaseEvent(
  tx: Db,
  e: {
    workspace_id: string;
    case_id: string;
    kind: CaseEventKind;
    detail: Record<string, unknown>;
    actor_id: string | null;
    at: Date;
  },
): Promise<void> {
  await tx.query(
    `insert into case_events (workspace_id, case_id, kind, detail, actor_id, at)
     values ($1, $2, $3, $4, $5, $6)`,
    [e.workspace_id, e.case_id, e.kind, JSON.stringify(e.detail), e.actor_id, e.at],
  );
}

/** The case's history, oldest first, with who did each thing. Internal: never for customers. */
export async function listCaseEvents(
  db: Db,
  workspaceId: string,
  caseId: string,
): Promise<CaseEventRow[]> {
  return db.query<CaseEventRow>(
    `select e.*, u.name as actor_name from case_events e left join users u on u.id = e.actor_id
     where e.workspace_id = $1 and e.case_id = $2 order by e.id`,
    [workspaceId, caseId],
  );
}

export async function insertCaseAction(
  tx: Db,
  a: Omit<CaseActionRow, 'recorded_by_name'>,
): Promise<void> {
  await tx.query(
    `insert into case_actions (id, workspace_id, case_id, kind, note, amount, currency,
       customer_visible, recorded_by, recorded_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      a.id,
      a.workspace_id,
      a.case_id,
      a.kind,
      a.note,
      a.amount,
      a.currency,
      a.customer_visible,
      a.recorded_by,
      a.recorded_at,
    ],
  );
}

/** Recovery actions, oldest first; `customerOnly` leaves out the ones marked internal. */
export async function listCaseActions(
  db: Db,
  q: { workspaceId: string; caseId: string; customerOnly: boolean },
): Promise<CaseActionRow[]> {
  return db.query<CaseActionRow>(
    `select a.id, a.workspace_id, a.case_id, a.kind, a.note, a.amount::text as amount, a.currency,
            a.customer_visible, a.recorded_by, u.name as recorded_by_name, a.recorded_at
       from case_actions a left join users u on u.id = a.recorded_by
      where a.workspace_id = $1 and a.case_id = $2 and (not $3 or a.customer_visible)
      order by a.recorded_at, a.id`,
    [q.workspaceId, q.caseId, q.customerOnly],
  );
}
