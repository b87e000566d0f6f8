import { textIdsInTopics } from '../../db/queries/feedback-texts.js';
import { findTopic, mergeTopicRows } from '../../db/queries/topics.js';
import type { MergeTopicsInput, TopicDetail } from '../../shared/schemas/topics.js';
import type { CoreDeps } from '../deps.js';
import { AppError, notFound } from '../errors.js';
import { getTopic } from './get-topic.js';
import { reassignTexts } from './reassign-texts.js';

/**
 * Folds topics into one that keeps its name: phrases, keyword rules, routing rules and
 * improvements move over, and every text that was in any of them is worked out again, so a text
 * that was in two of them is now in the merged topic once.
 */
export async function mergeTopics(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  workspaceId: string,
  targetId: string,
  input: MergeTopicsInput,
): Promise<TopicDetail> {
  const sources = [...new Set(input.topicIds)].filter((id) => id !== targetId);
  if (sources.length === 0) {
    throw new AppError('invalid_input', 'Choose at least one other topic to merge into this one.');
  }
  await deps.db.transaction(async (tx) => {
    if (!(await findTopic(tx, workspaceId, targetId))) throw notFound('Topic');
    for (const id of sources) {
      if (!(await findTopic(tx, workspaceId, id))) throw notFound('A topic to merge');
    }
    const affected = await textIdsInTopics(tx, workspaceId, [targetId, ...sources]);
    await mergeTopicRows(tx, workspaceId, targetId, sources, deps.now());
    await reassignTexts(tx, workspaceId, affected);
  });
  return getTopic(deps, workspaceId, targetId, {});
}
