import type { EntryCondition } from '../../shared/schemas/ladder.js';
import type { CoreDeps } from '../deps.js';
import type { PeopleRung } from '../conversations/owner.js';
import { nextRung, staffedRungs } from './ladder.js';
import { workspaceLadder } from './workspace-ladder.js';

/**
 * Where the workspace's ladder sends a conversation the bot holds when `condition` happens (the
 * next staffed rung), or undefined when the bot's step does not leave on that condition.
 */
export async function rungAfterBot(
  deps: Pick<CoreDeps, 'db'>,
  workspaceId: string,
  condition: EntryCondition,
): Promise<PeopleRung | undefined> {
  const ladder = await workspaceLadder(deps, workspaceId);
  const to = nextRung(ladder, 'bot', condition, staffedRungs(true));
  return to === 'bot' ? undefined : to;
}
