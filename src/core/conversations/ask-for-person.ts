import { conversationFor } from './access.js';
import { changeOwner } from './change-owner.js';
import type { ConversationDeps, Participant } from './realtime-deps.js';

/**
 * "Talk to a person": the customer leaves the bot for the team queue. Always allowed, never
 * more than one tap away; asking again changes nothing.
 */
export async function askForPerson(
  deps: ConversationDeps,
  who: Extract<Participant, { kind: 'contact' }>,
  conversationId: string,
): Promise<{ owner: string }> {
  await conversationFor(deps, who, conversationId);
  const { conversation } = await changeOwner(deps, {
    workspaceId: who.workspaceId,
    conversationId,
    change: { type: 'escalate', reason: 'asked_for_person' },
    actorId: null,
  });
  return { owner: conversation.owner === 'bot' ? 'bot' : 'people' };
}
