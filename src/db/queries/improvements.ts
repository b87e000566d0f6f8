import type { Db } from '../db.js';

export type ImprovementStatus = 'proposed' | 'planned' | 'in_progress' | 'shipped' | 'wont_do';

export interface StatusChange {
  from: ImprovementStatus;
  to: ImprovementStatus;
  by: string | null;
  at: string;
}

export interface ImprovementRow {
  id: string;
  workspace_id: string;
  topic_id: string | null;
  title: string;
  root_cause: string;
  announcement: string;
  owner_id: string | null;
  status: ImprovementStatus;
  /** YYYY-MM-DD, or null. */
  target_date: string | null;
  shipped_at: Date | null;
  notify_pending: boolean;
  history: StatusChange[];
  created_at: Date;
  updated_at: Date;
}

export interface ImprovementListRow extends ImprovementRow {
  topic_name: string | null;
  owner_name: string | null;
  links: number;
  notified: number;
}

const COLUMNS = `i.id, i.workspace_id, i.topic_id, i.title, i.root_cause, i.announcement,
  i.owner_id, i.status, to_char(i.target_date, 'YYYY-MM-DD') as target_date, i.shipped_at,
  i.notify_pending, i.history, i.created_at, i.updated_at`;
const LISTED = `${COLUMNS}, t.name as topic_name, u.name as owner_name,
  (select count(*)::int from improvement_links l where l.improvement_id = i.id) as links,
  (select count(*)::int from improvement_notices n where n.improvement_id = i.id) as notified`;
const JOINS = `left join topics t on t.id = i.topic_id left join users u on u.id = i.owner_id`;

export async function insertImprovement(
  tx: Db,
  i: Omit<ImprovementRow, 'shipped_at' | 'notify_pending' | 'history' | 'updated_at' | 'status'> & {
    created_by: string;
  },
): Promise<void> {
  await tx.query(
    `insert into improvements (id, workspace_id, topic_id, title, root_cause, announcement,
       owner_id, target_date, created_by, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10)`,
    [
      i.id,
      i.workspace_id,
      i.topic_id,
      i.title,
      i.root_cause,
      i.announcement,
      i.owner_id,
      i.target_date,
      i.created_by,
      i.created_at,
    ],
  );
}

export async function findImprovement(db: Db, workspaceId: string, id: string) {
  const [row] = await db.query<ImprovementListRow>(
    `select ${LISTED} from improvements i ${JOINS} where i.workspace_id = $1 and i.id = $2`,
    [workspaceId, id],
  );
  return row;
}

/** Locks an improvement for a change, so two people changing it are applied one after the other. */
export async function lockImprovement(tx: Db, workspaceId: string, id: string) {
  const [row] = await tx.query<ImprovementRow>(
    `select ${COLUMNS} from improvements i where i.workspace_id = $1 and i.id = $2 for update`,
    [workspaceId, id],
  );
  return row;
}

/** The workspace's improvements: unfinished first, then the latest changed. */
export async function listImprovementRows(db: Db, workspaceId: string, topicId?: string) {
  return db.query<ImprovementListRow>(
    `select ${LISTED} from improvements i ${JOINS}
      where i.workspace_id = $1 and ($2::uuid is null or i.topic_id = $2)
      order by i.status in ('shipped', 'wont_do'), i.updated_at desc, i.id`,
    [workspaceId, topicId ?? null],
  );
}

export async function saveImprovement(tx: Db, i: ImprovementRow): Promise<void> {
  await tx.query(
    `update improvements set topic_id = $3, title = $4, root_cause = $5, announcement = $6,
       owner_id = $7, status = $8, target_date = $9, shipped_at = $10, notify_pending = $11,
       history = $12, updated_at = $13
     where workspace_id = $1 and id = $2`,
    [
      i.workspace_id,
      i.id,
      i.topic_id,
      i.title,
      i.root_cause,
      i.announcement,
      i.owner_id,
      i.status,
      i.target_date,
      i.shipped_at,
      i.notify_pending,
      JSON.stringify(i.history),
      i.updated_at,
    ],
  );
}

/** Shipped improvements some of whose raisers may not have been told (any workspace). */
export async function listPendingImprovements(db: Db, limit: number) {
  return db.query<{ workspace_id: string; id: string }>(
    'select workspace_id, id from improvements where notify_pending order by updated_at limit $1',
    [limit],
  );
}

export async function setNotifyPending(tx: Db, workspaceId: string, id: string, pending: boolean) {
  await tx.query(
    'update improvements set notify_pending = $3 where workspace_id = $1 and id = $2',
    [workspaceId, id, pending],
  );
}

/** Which improvements each topic has become. */
export async function improvementsByTopic(db: Db, workspaceId: string) {
  return db.query<{ id: string; topic_id: string }>(
    `select id, topic_id from improvements where workspace_id = $1 and topic_id is not null
      order by created_at`,
    [workspaceId],
  );
}
