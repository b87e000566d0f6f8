import { AppError } from '../errors.js';
import type { StoredMessage } from './message-writer.js';
import type { ConversationDeps, Participant } from './realtime-deps.js';
import { publishMessage } from './publish-message.js';

/**
 * Stores a message (idempotent on its client id) and, once committed, publishes it. Only
 * agents may write private notes; a resend is acked again but published only the first time.
 */
export async function sendMessage(
  deps: ConversationDeps,
  who: Participant,
  input: { conversationId: string; clientId: string; body: string; private?: boolean },
): Promise<StoredMessage> {
  const isPrivate = input.private ?? false;
  if (isPrivate && who.kind !== 'agent') {
    throw new AppError('forbidden', 'Only team members can write private notes.');
  }
  const stored = await deps.writer.write({
    workspace_id: who.workspaceId,
    conversation_id: input.conversationId,
    client_id: input.clientId,
    author_type: who.kind === 'contact' ? 'contact' : 'agent',
    author_id: who.kind === 'contact' ? who.contactId : who.userId,
    private: isPrivate,
    body: input.body,
    // Access is checked inside the batch, with the conversation row locked: no extra query.
    ...(who.kind === 'contact' ? { contact_guard: who.contactId } : {}),
  });
  if (!stored.duplicate) publishMessage(deps, stored.message);
  return stored;
}
