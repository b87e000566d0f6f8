import { listResponses as queryResponses } from '../../db/queries/survey-responses.js';
import type { ResponseListQuery, ResponseView } from '../../shared/schemas/surveys.js';
import type { CoreDeps } from '../deps.js';
import { responseView } from './response-view.js';

/**
 * Answers and reviews, newest first, optionally of one kind and within a period (`from`
 * inclusive, `to` exclusive); page on with `before` (the last one's createdAt).
 */
export async function listResponses(
  deps: Pick<CoreDeps, 'db'>,
  workspaceId: string,
  q: ResponseListQuery,
): Promise<ResponseView[]> {
  const date = (s: string | undefined) => (s ? new Date(s) : undefined);
  const rows = await queryResponses(deps.db, {
    workspaceId,
    limit: q.limit,
    ...(q.kind ? { kind: q.kind } : {}),
    ...(q.from ? { from: date(q.from) } : {}),
    ...(q.to ? { to: date(q.to) } : {}),
    ...(q.before ? { before: date(q.before) } : {}),
  });
  return rows.map((r) => responseView(r, r.follow_up_status));
}
