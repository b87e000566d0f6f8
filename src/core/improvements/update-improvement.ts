import {
  lockImprovement,
  saveImprovement,
  type ImprovementRow,
} from '../../db/queries/improvements.js';
import type { UpdateImprovementInput } from '../../shared/schemas/improvements.js';
import type { ConversationDeps } from '../conversations/realtime-deps.js';
import { notFound } from '../errors.js';
import { checkOwner, checkTopic } from './improvement-guards.js';
import { notifyRaisers } from './notify-raisers.js';

/**
 * Changes an improvement's fields or status under a row lock, recording each status change.
 * Marking it shipped stamps the time (before and after are measured from it) and, after the
 * commit, tells everyone who raised it and has not been told yet: reopening and shipping again
 * tells only those who were not told the first time.
 */
export async function updateImprovement(
  deps: ConversationDeps,
  actor: { workspaceId: string; userId: string },
  improvementId: string,
  input: UpdateImprovementInput,
): Promise<{ shipped: boolean; told: number }> {
  const { workspaceId } = actor;
  await checkOwner(deps.db, workspaceId, input.ownerId);
  await checkTopic(deps.db, workspaceId, input.topicId);
  const now = deps.now();
  const shipped = await deps.db.transaction(async (tx) => {
    const current = await lockImprovement(tx, workspaceId, improvementId);
    if (!current) throw notFound('Improvement');
    const next: ImprovementRow = {
      ...current,
      title: input.title ?? current.title,
      topic_id: input.topicId === undefined ? current.topic_id : input.topicId,
      root_cause: input.rootCause ?? current.root_cause,
      announcement: input.announcement ?? current.announcement,
      owner_id: input.ownerId === undefined ? current.owner_id : input.ownerId,
      target_date: input.targetDate === undefined ? current.target_date : input.targetDate,
      updated_at: now,
    };
    const moved = input.status !== undefined && input.status !== current.status;
    if (moved) {
      const change = {
        from: current.status,
        to: input.status!,
        by: actor.userId,
        at: now.toISOString(),
      };
      next.status = input.status!;
      next.history = [...current.history, change];
    }
    const ships = moved && next.status === 'shipped';
    if (ships) {
      next.shipped_at = now;
      next.notify_pending = true;
    }
    await saveImprovement(tx, next);
    return ships;
  });
  // Shipped is committed either way; raisers not told now are told by the feedback indexer,
  // which finishes every improvement left with notify_pending.
  const told = shipped ? await notifyRaisers(deps, workspaceId, improvementId).catch(() => 0) : 0;
  return { shipped, told };
}
