import type { FollowUpListRow } from '../../db/queries/feedback-follow-ups.js';
import { listResponsesByIds } from '../../db/queries/survey-responses.js';
import type { Role } from '../../db/queries/users.js';
import type { FollowUpView } from '../../shared/schemas/surveys.js';
import type { CoreDeps } from '../deps.js';
import { AppError } from '../errors.js';
import { responseView } from './response-view.js';

/** Feedback is the team's work: owners, admins and agents, not champions. */
export function requireFeedbackAccess(role: Role): void {
  if (role === 'champion') {
    throw new AppError('forbidden', 'Feedback is for the team: owners, admins and agents.');
  }
}

/** Follow-ups as the console shows them, each with the answer that opened it. */
export async function followUpViews(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  workspaceId: string,
  rows: FollowUpListRow[],
): Promise<FollowUpView[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.response_id);
  const responses = new Map(
    (await listResponsesByIds(deps.db, workspaceId, ids)).map((r) => [r.id, r]),
  );
  const now = deps.now().getTime();
  return rows.flatMap((f) => {
    const r = responses.get(f.response_id);
    if (!r) return [];
    const closed = f.status === 'recovered' || f.status === 'not_recovered';
    const view: FollowUpView = {
      id: f.id,
      status: f.status,
      ownerId: f.owner_id,
      ownerName: f.owner_name,
      dueAt: f.due_at.toISOString(),
      overdue: !closed && f.due_at.getTime() < now,
      history: f.history,
      response: responseView(r, r.follow_up_status),
    };
    return [view];
  });
}
