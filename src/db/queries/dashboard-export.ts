import type { Db } from '../db.js';
import { RESPONSE_SCOPE, filterParams, type DashboardFilter } from './dashboard.js';

export interface ExportRow {
  created_at: Date;
  kind: string;
  score: number;
  comment: string | null;
  contact: string | null;
  channel: string | null;
  team: string | null;
  conversation_id: string | null;
}

/** The individual answers in the dashboard's filter, oldest first, at most `limit`. */
export async function listExportRows(
  db: Db,
  f: DashboardFilter,
  limit: number,
): Promise<ExportRow[]> {
  return db.query<ExportRow>(
    `select r.created_at, r.kind, r.score, r.comment,
       coalesce(ct.name, ct.email) as contact, cv.channel, tm.name as team,
       cv.id as conversation_id
     from (select r.id, cv.id as cv_id ${RESPONSE_SCOPE}) s
     join survey_responses r on r.id = s.id
     left join conversations cv on cv.id = s.cv_id
     left join contacts ct on ct.id = r.contact_id and ct.workspace_id = r.workspace_id
     left join teams tm on tm.id = cv.team_id and tm.workspace_id = r.workspace_id
     order by r.created_at, r.id limit $6`,
    [...filterParams(f), limit],
  );
}
