import { randomUUID } from 'node:crypto';
import {
  textIdsInTopics,
  textIdsWithKeyword,
  textIdsWithPhrases,
} from '../../db/queries/feedback-texts.js';
import { countPhrasesInTopic, setPhrasesTopic } from '../../db/queries/topic-phrases.js';
import { findTopic, insertTopic, listTopicRules, moveTopicRules } from '../../db/queries/topics.js';
import type { SplitTopicInput, TopicDetail } from '../../shared/schemas/topics.js';
import type { CoreDeps } from '../deps.js';
import { AppError, notFound } from '../errors.js';
import { getTopic } from './get-topic.js';
import { reassignTexts } from './reassign-texts.js';
import { topicNameTaken } from './topic-errors.js';

/**
 * Moves some of a topic's phrases and keyword rules into a new topic of their own. The moved
 * phrases are pinned there (the automatic grouping never moves them back), and every text of
 * the old topic or with a moved phrase or keyword is worked out again. Returns the new topic.
 */
export async function splitTopic(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  workspaceId: string,
  topicId: string,
  input: SplitTopicInput,
): Promise<TopicDetail> {
  const phrases = [...new Set(input.phrases)];
  const ruleIds = [...new Set(input.ruleIds)];
  if (phrases.length + ruleIds.length === 0) {
    throw new AppError('invalid_input', 'Choose the phrases or keywords that go to the new topic.');
  }
  const id = randomUUID();
  await deps.db.transaction(async (tx) => {
    if (!(await findTopic(tx, workspaceId, topicId))) throw notFound('Topic');
    if ((await countPhrasesInTopic(tx, workspaceId, topicId, phrases)) !== phrases.length) {
      throw new AppError('invalid_input', 'Choose phrases of this topic only; reload to see them.');
    }
    const row = { id, workspace_id: workspaceId, name: input.name, origin: 'admin' as const };
    if (!(await insertTopic(tx, { ...row, at: deps.now() }))) throw topicNameTaken(input.name);
    const affected = await textIdsInTopics(tx, workspaceId, [topicId]);
    affected.push(...(await textIdsWithPhrases(tx, workspaceId, phrases)));
    if (ruleIds.length) {
      if ((await moveTopicRules(tx, workspaceId, ruleIds, topicId, id)) !== ruleIds.length) {
        throw new AppError('invalid_input', 'Choose keyword rules of this topic only.');
      }
      for (const rule of (await listTopicRules(tx, workspaceId)).filter((r) => r.topic_id === id)) {
        affected.push(...(await textIdsWithKeyword(tx, workspaceId, rule.keyword_key)));
      }
    }
    if (phrases.length) await setPhrasesTopic(tx, workspaceId, phrases, id, true);
    await reassignTexts(tx, workspaceId, affected);
  });
  return getTopic(deps, workspaceId, id, {});
}
