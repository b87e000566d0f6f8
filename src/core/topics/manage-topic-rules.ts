import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/db.js';
import { textIdsWithKeyword } from '../../db/queries/feedback-texts.js';
import {
  deleteTopicRule,
  findTopic,
  insertTopicRule,
  listTopicRules,
} from '../../db/queries/topics.js';
import type { TopicRuleInput, TopicRuleView } from '../../shared/schemas/topics.js';
import type { CoreDeps } from '../deps.js';
import { AppError, notFound } from '../errors.js';
import { keywordKey } from './key-phrases.js';
import { reassignTexts } from './reassign-texts.js';

type Actor = { workspaceId: string; userId: string };

/**
 * A keyword rule: every text with the keyword (any inflection: "delivery" also finds
 * "deliveries") belongs to the topic, whatever the automatic grouping says. Texts already
 * analysed move at once.
 */
export async function addTopicRule(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  actor: Actor,
  topicId: string,
  input: TopicRuleInput,
): Promise<TopicRuleView> {
  const key = keywordKey(input.keyword);
  if (!key) throw new AppError('invalid_input', 'Write a keyword with letters or digits.');
  const id = randomUUID();
  const { workspaceId } = actor;
  await deps.db.transaction(async (tx) => {
    if (!(await findTopic(tx, workspaceId, topicId))) throw notFound('Topic');
    const rule = { id, workspace_id: workspaceId, topic_id: topicId, keyword: input.keyword };
    const added = await insertTopicRule(tx, {
      ...rule,
      keyword_key: key,
      created_by: actor.userId,
      at: deps.now(),
    });
    if (!added) throw await ruleTaken(tx, workspaceId, key, input.keyword);
    await reassignTexts(tx, workspaceId, await textIdsWithKeyword(tx, workspaceId, key));
  });
  return { id, keyword: input.keyword, topicId };
}

/** Removes a keyword rule; its texts go back to what their phrases say. */
export async function removeTopicRule(
  deps: Pick<CoreDeps, 'db'>,
  workspaceId: string,
  ruleId: string,
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const rule = await deleteTopicRule(tx, workspaceId, ruleId);
    if (!rule) throw notFound('Keyword rule');
    await reassignTexts(
      tx,
      workspaceId,
      await textIdsWithKeyword(tx, workspaceId, rule.keyword_key),
    );
  });
}

async function ruleTaken(tx: Db, workspaceId: string, key: string, keyword: string) {
  const owner = (await listTopicRules(tx, workspaceId)).find((r) => r.keyword_key === key);
  const topic = owner ? await findTopic(tx, workspaceId, owner.topic_id) : undefined;
  return new AppError(
    'conflict',
    `"${keyword}" already has a rule${topic ? ` (topic ${topic.name})` : ''}. Remove that rule first.`,
  );
}
