import { randomUUID } from 'node:crypto';
import { deleteLink, findLinkSource, insertLink } from '../../db/queries/improvement-links.js';
import { findImprovement, setNotifyPending } from '../../db/queries/improvements.js';
import type { LinkFeedbackInput } from '../../shared/schemas/improvements.js';
import type { ConversationDeps } from '../conversations/realtime-deps.js';
import { AppError, notFound } from '../errors.js';
import { notifyRaisers } from './notify-raisers.js';

/**
 * Links a survey answer, review, case or conversation to an improvement by hand: its customer
 * becomes one of the raisers. Linked to one that already shipped, the customer is told now
 * (once, like everyone else).
 */
export async function linkFeedback(
  deps: ConversationDeps,
  actor: { workspaceId: string; userId: string },
  improvementId: string,
  input: LinkFeedbackInput,
): Promise<{ linked: boolean; told: number }> {
  const { workspaceId } = actor;
  const improvement = await findImprovement(deps.db, workspaceId, improvementId);
  if (!improvement) throw notFound('Improvement');
  const source = await findLinkSource(deps.db, workspaceId, input);
  if (!source) {
    throw new AppError(
      'not_found',
      'No such survey answer, case or conversation in this workspace.',
    );
  }
  const linked = await insertLink(deps.db, {
    ...source,
    id: randomUUID(),
    workspace_id: workspaceId,
    improvement_id: improvementId,
    linked_by: actor.userId,
    at: deps.now(),
  });
  if (!linked || improvement.status !== 'shipped') return { linked, told: 0 };
  // Pending first: if telling fails now, the feedback indexer finishes it.
  await setNotifyPending(deps.db, workspaceId, improvementId, true);
  const told = await notifyRaisers(deps, workspaceId, improvementId).catch(() => 0);
  return { linked, told };
}

/** Takes a hand-made link away again (a customer already told stays told). */
export async function unlinkFeedback(
  deps: Pick<ConversationDeps, 'db'>,
  workspaceId: string,
  improvementId: string,
  linkId: string,
): Promise<void> {
  if (!(await deleteLink(deps.db, workspaceId, improvementId, linkId))) throw notFound('Link');
}
