import { listOpenFollowUps } from '../../db/queries/feedback-follow-ups.js';
import type { FollowUpView } from '../../shared/schemas/surveys.js';
import type { CoreDeps } from '../deps.js';
import { followUpViews } from './follow-up-view.js';

/** Follow-ups still to do (open or contacted), soonest due first; overdue ones say so. */
export async function listFollowUps(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  workspaceId: string,
  limit = 100,
): Promise<FollowUpView[]> {
  return followUpViews(deps, workspaceId, await listOpenFollowUps(deps.db, workspaceId, limit));
}
