import { renameTopicRow } from '../../db/queries/topics.js';
import type { RenameTopicInput } from '../../shared/schemas/topics.js';
import type { CoreDeps } from '../deps.js';
import { notFound } from '../errors.js';
import { topicNameTaken } from './topic-errors.js';

/** Renames a topic; its phrases, rules, texts and improvements stay with it. */
export async function renameTopic(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  workspaceId: string,
  topicId: string,
  input: RenameTopicInput,
): Promise<{ id: string; name: string }> {
  const outcome = await renameTopicRow(deps.db, workspaceId, topicId, input.name, deps.now());
  if (outcome === 'missing') throw notFound('Topic');
  if (outcome === 'taken') throw topicNameTaken(input.name);
  return { id: topicId, name: input.name };
}
