import { randomUUID } from 'node:crypto';
import { insertTopic } from '../../db/queries/topics.js';
import type { RenameTopicInput, TopicDetail } from '../../shared/schemas/topics.js';
import type { CoreDeps } from '../deps.js';
import { getTopic } from './get-topic.js';
import { topicNameTaken } from './topic-errors.js';

/**
 * An empty topic made by a person, for keyword rules to fill ("Shipping", before any rule says
 * "delivery" belongs there). The automatic grouping also puts a frequent word with its name in it.
 */
export async function createTopic(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  workspaceId: string,
  input: RenameTopicInput,
): Promise<TopicDetail> {
  const id = randomUUID();
  const row = { id, workspace_id: workspaceId, name: input.name, origin: 'admin' as const };
  if (!(await insertTopic(deps.db, { ...row, at: deps.now() }))) throw topicNameTaken(input.name);
  return getTopic(deps, workspaceId, id, {});
}
