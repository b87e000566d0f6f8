import { findConversation, type ConversationRow } from '../../db/queries/conversations.js';
import type { CoreDeps } from '../deps.js';
import { notFound } from '../errors.js';
import type { Participant } from './realtime-deps.js';

/**
 * The conversation if this participant may see it: agents any in their workspace, a customer
 * only their own. Anything else is "not found", so ids of others reveal nothing.
 */
export async function conversationFor(
  deps: Pick<CoreDeps, 'db'>,
  who: Participant,
  conversationId: string,
): Promise<ConversationRow> {
  const conversation = await findConversation(deps.db, who.workspaceId, conversationId);
  if (!conversation) throw notFound('Conversation');
  if (who.kind === 'contact' && conversation.contact_id !== who.contactId)
    throw notFound('Conversation');
  return conversation;
}
