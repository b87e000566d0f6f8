import type { Topic } from '../../db/queries/conversations.js';
import type { CoreDeps } from '../deps.js';
import { firstRung, staffedRungs } from '../escalation/ladder.js';
import { workspaceLadder } from '../escalation/workspace-ladder.js';
import { workspaceIndex } from '../kb/search/registry.js';

/**
 * Who takes a new conversation: the virtual agent for questions when the ladder starts with it
 * and there are published articles to answer from; the team queue otherwise (problems and
 * feedback always go to people).
 */
export async function firstOwner(
  deps: Pick<CoreDeps, 'db'>,
  workspaceId: string,
  topic: Topic,
): Promise<'bot' | 'queue'> {
  if (topic !== 'question') return 'queue';
  const [index, ladder] = await Promise.all([
    workspaceIndex(deps.db, workspaceId),
    workspaceLadder(deps, workspaceId),
  ]);
  return firstRung(ladder, staffedRungs(index.size > 0)) === 'bot' ? 'bot' : 'queue';
}
