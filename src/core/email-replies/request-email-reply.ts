import { insertSystemMessage } from '../../db/queries/case-messages.js';
import { fillContactEmail, saveEmailReplyRequest } from '../../db/queries/email-replies.js';
import { lockConversation } from '../../db/queries/ownership.js';
import { withCommittedEvents } from '../callbacks/after-commit.js';
import { publishMessage } from '../conversations/publish-message.js';
import type { ConversationDeps, Participant } from '../conversations/realtime-deps.js';
import { AppError, notFound } from '../errors.js';

/**
 * "Answer me by email" instead of a long wait: the customer leaves an address, keeps their place
 * in line, and every reply the team writes from now on is also emailed to them (see
 * email-reply-forwarder.ts). Both sides read the arrangement in the conversation.
 */
export async function requestEmailReply(
  deps: ConversationDeps,
  who: Extract<Participant, { kind: 'contact' }>,
  input: { conversationId: string; email: string },
): Promise<{ email: string }> {
  if (!deps.emailEnabled) {
    throw new AppError(
      'forbidden',
      'We cannot answer by email here yet. We will answer in this chat.',
    );
  }
  const email = input.email.trim();
  await withCommittedEvents(deps, async (tx) => {
    const row = await lockConversation(tx.db, who.workspaceId, input.conversationId);
    if (!row || row.contact_id !== who.contactId) throw notFound('Conversation');
    await saveEmailReplyRequest(tx.db, {
      workspace_id: who.workspaceId,
      conversation_id: row.id,
      email,
      after_seq: row.last_seq,
    });
    await fillContactEmail(tx.db, who.workspaceId, who.contactId, email);
    const message = await insertSystemMessage(tx.db, {
      workspaceId: who.workspaceId,
      conversationId: row.id,
      clientId: `email-reply-${row.id}-${email.toLowerCase()}`,
      body: `We will answer you by email at ${email}. You keep your place in line, and you can close this window.`,
      meta: null,
    });
    if (message) publishMessage(tx, message);
  });
  return { email };
}
