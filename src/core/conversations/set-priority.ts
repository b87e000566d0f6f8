import { updateConversationPriority } from '../../db/queries/conversation-priority.js';
import type { InboxConversation } from '../../shared/realtime.js';
import type { Priority } from '../../shared/schemas/routing.js';
import { notFound } from '../errors.js';
import { describe } from './change-owner.js';
import type { ConversationDeps } from './realtime-deps.js';

/**
 * Sets how urgent a conversation is. Agents see it live; routing serves it in its new place
 * (higher priorities first, keeping when it started waiting) and SLA clocks take the new
 * priority's targets. The customer is not told: it changes the order, not the promise made.
 */
export async function setConversationPriority(
  deps: ConversationDeps,
  by: { workspaceId: string },
  input: { conversationId: string; priority: Priority },
): Promise<InboxConversation> {
  const result = await updateConversationPriority(
    deps.db,
    by.workspaceId,
    input.conversationId,
    input.priority,
  );
  if (!result) throw notFound('Conversation');
  const conversation = await describe(deps.db, result.row);
  if (result.changed) {
    deps.publish({
      workspaceId: by.workspaceId,
      conversationId: conversation.id,
      internal: true,
      inbox: true,
      frame: { t: 'conversation', conversation },
    });
  }
  return conversation;
}
