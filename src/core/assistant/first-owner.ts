import { findContact } from '../../db/queries/contacts.js';
import type { Topic } from '../../db/queries/conversations.js';
import type { CoreDeps } from '../deps.js';
import { firstRung, nextRung, staffedRungs } from '../escalation/ladder.js';
import { countsAsVip } from '../escalation/vip.js';
import { workspaceLadder } from '../escalation/workspace-ladder.js';
import { workspaceIndex } from '../kb/search/registry.js';

/**
 * Who takes a new conversation: the virtual agent for questions when the ladder starts with it
 * and there are published articles to answer from; the team queue otherwise (problems and
 * feedback always go to people). A verified VIP skips the bot when the bot's step lists `vip`.
 */
export async function firstOwner(
  deps: Pick<CoreDeps, 'db'>,
  workspaceId: string,
  topic: Topic,
  contactId?: string,
): Promise<'bot' | 'queue'> {
  if (topic !== 'question') return 'queue';
  const [index, ladder, contact] = await Promise.all([
    workspaceIndex(deps.db, workspaceId),
    workspaceLadder(deps, workspaceId),
    contactId ? findContact(deps.db, workspaceId, contactId) : undefined,
  ]);
  const available = staffedRungs(index.size > 0);
  if (firstRung(ladder, available) !== 'bot') return 'queue';
  const vipSkips = contact && countsAsVip(contact) && nextRung(ladder, 'bot', 'vip', available);
  return vipSkips ? 'queue' : 'bot';
}
