import { findFollowUp, recordFollowUpOutcome } from '../../db/queries/feedback-follow-ups.js';
import type { Role } from '../../db/queries/users.js';
import type { FollowUpView, RecordOutcomeInput } from '../../shared/schemas/surveys.js';
import type { CoreDeps } from '../deps.js';
import { AppError, notFound } from '../errors.js';
import { followUpViews, requireFeedbackAccess } from './follow-up-view.js';

/**
 * Records what came of a follow-up, with a note: contacted (it stays open), recovered or not
 * recovered (it closes). Its owner, or an owner or admin, may record it; every step is kept in
 * its history, and a closed follow-up stays closed.
 */
export async function recordFollowUp(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  by: { workspaceId: string; userId: string; role: Role },
  input: RecordOutcomeInput & { followUpId: string },
): Promise<FollowUpView> {
  requireFeedbackAccess(by.role);
  const current = await findFollowUp(deps.db, by.workspaceId, input.followUpId);
  if (!current) throw notFound('Follow-up');
  if (by.role === 'agent' && current.owner_id !== by.userId) {
    throw new AppError(
      'forbidden',
      `This follow-up is ${current.owner_name}'s: ask them, or an owner or admin, to record it.`,
    );
  }
  const entry = {
    status: input.outcome,
    note: input.note,
    by: by.userId,
    at: deps.now().toISOString(),
  };
  const updated = await recordFollowUpOutcome(deps.db, by.workspaceId, current.id, entry);
  if (!updated) {
    throw new AppError(
      'conflict',
      'This follow-up is already closed; its outcome stays as recorded.',
    );
  }
  const [view] = await followUpViews(deps, by.workspaceId, [
    { ...updated, owner_name: current.owner_name },
  ]);
  return view!;
}
