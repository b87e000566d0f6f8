import { randomUUID } from 'node:crypto';
import { findImprovement, insertImprovement } from '../../db/queries/improvements.js';
import type {
  CreateImprovementInput,
  ImprovementSummary,
} from '../../shared/schemas/improvements.js';
import type { CoreDeps } from '../deps.js';
import { checkOwner, checkTopic } from './improvement-guards.js';
import { improvementSummary } from './improvement-views.js';

/** A proposed improvement, usually made from a topic; its owner must be on the team. */
export async function createImprovement(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  actor: { workspaceId: string; userId: string },
  input: CreateImprovementInput,
): Promise<ImprovementSummary> {
  const { workspaceId } = actor;
  await checkOwner(deps.db, workspaceId, input.ownerId);
  await checkTopic(deps.db, workspaceId, input.topicId);
  const id = randomUUID();
  await insertImprovement(deps.db, {
    id,
    workspace_id: workspaceId,
    topic_id: input.topicId,
    title: input.title,
    root_cause: input.rootCause,
    announcement: input.announcement,
    owner_id: input.ownerId,
    target_date: input.targetDate,
    created_by: actor.userId,
    created_at: deps.now(),
  });
  return improvementSummary((await findImprovement(deps.db, workspaceId, id))!);
}
