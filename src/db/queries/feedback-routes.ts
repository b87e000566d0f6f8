import type { Db } from '../db.js';

export interface FeedbackRouteRow {
  id: string;
  workspace_id: string;
  keyword: string | null;
  keyword_key: string | null;
  topic_id: string | null;
  kinds: string[];
  team_id: string | null;
  user_id: string | null;
  created_at: Date;
  topic_name: string | null;
  team_name: string | null;
  user_name: string | null;
}

const ROUTE_COLUMNS = `r.id, r.workspace_id, r.keyword, r.keyword_key, r.topic_id, r.kinds,
  r.team_id, r.user_id, r.created_at, t.name as topic_name, g.name as team_name,
  u.name as user_name`;
const ROUTE_JOINS = `left join topics t on t.id = r.topic_id
  left join teams g on g.id = r.team_id
  left join users u on u.id = r.user_id`;

/** The workspace's routing rules in the order they are tried: oldest first. */
export async function listRoutes(db: Db, workspaceId: string): Promise<FeedbackRouteRow[]> {
  return db.query<FeedbackRouteRow>(
    `select ${ROUTE_COLUMNS} from feedback_routes r ${ROUTE_JOINS}
      where r.workspace_id = $1 order by r.created_at, r.id`,
    [workspaceId],
  );
}

export async function insertRoute(
  tx: Db,
  r: Pick<FeedbackRouteRow, 'id' | 'workspace_id' | 'keyword' | 'keyword_key' | 'topic_id'> &
    Pick<FeedbackRouteRow, 'kinds' | 'team_id' | 'user_id'> & { created_by: string; at: Date },
): Promise<void> {
  await tx.query(
    `insert into feedback_routes (id, workspace_id, keyword, keyword_key, topic_id, kinds, team_id,
       user_id, created_by, created_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      r.id,
      r.workspace_id,
      r.keyword,
      r.keyword_key,
      r.topic_id,
      r.kinds,
      r.team_id,
      r.user_id,
      r.created_by,
      r.at,
    ],
  );
}

export async function deleteRoute(tx: Db, workspaceId: string, id: string): Promise<boolean> {
  const rows = await tx.query(
    'delete from feedback_routes where workspace_id = $1 and id = $2 returning id',
    [workspaceId, id],
  );
  return rows.length > 0;
}

export interface RoutedFeedbackRow {
  id: number;
  kind: string;
  excerpt: string;
  written_at: Date;
  sentiment_label: 'negative' | 'neutral' | 'positive';
  response_id: string | null;
  case_id: string | null;
  conversation_id: string | null;
  routed_at: Date;
  route_id: string | null;
  routed_team_id: string | null;
  routed_user_id: string | null;
  team_name: string | null;
  user_name: string | null;
}

/** Feedback routing sent somewhere, newest first; to one team or person when asked. */
export async function listRoutedFeedback(
  db: Db,
  workspaceId: string,
  o: { teamId?: string | undefined; userId?: string | undefined; limit: number },
): Promise<RoutedFeedbackRow[]> {
  return db.query<RoutedFeedbackRow>(
    `select f.id, f.kind, f.excerpt, f.written_at, f.sentiment_label, f.response_id, f.case_id,
       f.conversation_id, f.routed_at, f.route_id, f.routed_team_id, f.routed_user_id,
       g.name as team_name, u.name as user_name
       from feedback_texts f
       left join teams g on g.id = f.routed_team_id
       left join users u on u.id = f.routed_user_id
      where f.workspace_id = $1 and f.routed_at is not null
        and ($2::uuid is null or f.routed_team_id = $2)
        and ($3::uuid is null or f.routed_user_id = $3)
      order by f.routed_at desc, f.id desc limit $4`,
    [workspaceId, o.teamId ?? null, o.userId ?? null, o.limit],
  );
}

/** Where routing sent the feedback of a survey answer or a case, if anywhere. */
export async function findRouteOf(
  db: Db,
  workspaceId: string,
  source: { responseId?: string; caseId?: string },
): Promise<RoutedFeedbackRow | undefined> {
  const [row] = await db.query<RoutedFeedbackRow>(
    `select f.id, f.kind, f.excerpt, f.written_at, f.sentiment_label, f.response_id, f.case_id,
       f.conversation_id, f.routed_at, f.route_id, f.routed_team_id, f.routed_user_id,
       g.name as team_name, u.name as user_name
       from feedback_texts f
       left join teams g on g.id = f.routed_team_id
       left join users u on u.id = f.routed_user_id
      where f.workspace_id = $1 and f.routed_at is not null
        and (f.response_id = $2::uuid or f.case_id = $3::uuid)`,
    [workspaceId, source.responseId ?? null, source.caseId ?? null],
  );
  return row;
}
