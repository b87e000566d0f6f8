import type { InboxConversation } from '../../shared/realtime.js';
import { changeOwner } from './change-owner.js';
import type { ConversationDeps } from './realtime-deps.js';

export { inboxView } from './change-owner.js';

type Agent = { workspaceId: string; userId: string };

/**
 * Gives a conversation to a member of the workspace, or back to the queue with `null`. The
 * agents see the change live; the customer sees nothing of who holds it internally.
 */
export async function assignConversation(
  deps: ConversationDeps,
  by: Agent,
  input: { conversationId: string; assigneeId: string | null },
): Promise<InboxConversation> {
  const { conversation } = await changeOwner(deps, {
    workspaceId: by.workspaceId,
    conversationId: input.conversationId,
    change: input.assigneeId
      ? { type: 'assign', userId: input.assigneeId }
      : { type: 'release', reason: 'manual' },
    actorId: by.userId,
  });
  return conversation;
}

/** A person takes a waiting conversation (or one with the bot); refused if someone has it. */
export async function claimConversation(
  deps: ConversationDeps,
  by: Agent,
  conversationId: string,
): Promise<InboxConversation> {
  const { conversation } = await changeOwner(deps, {
    workspaceId: by.workspaceId,
    conversationId,
    change: { type: 'claim', userId: by.userId },
    actorId: by.userId,
  });
  return conversation;
}

/** Resolves or reopens; the customer is told the new status. */
export async function setConversationStatus(
  deps: ConversationDeps,
  by: Agent,
  input: { conversationId: string; status: 'open' | 'resolved' },
): Promise<InboxConversation> {
  const { conversation } = await changeOwner(deps, {
    workspaceId: by.workspaceId,
    conversationId: input.conversationId,
    change: { type: input.status === 'resolved' ? 'resolve' : 'reopen' },
    actorId: by.userId,
  });
  return conversation;
}
