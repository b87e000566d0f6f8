import { AppError } from '../errors.js';
import type { StoredMessage } from './message-writer.js';
import type { ConversationDeps, Participant } from './realtime-deps.js';
import { toWireMessage } from './wire.js';

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
  if (!stored.duplicate) {
    const m = stored.message;
    const base = { workspaceId: who.workspaceId, conversationId: input.conversationId };
    deps.publish({
      ...base,
      internal: m.private,
      frame: { t: 'message', message: toWireMessage(m) },
    });
    deps.publish({
      ...base,
      internal: true,
      inbox: true,
      frame: {
        t: 'inbox',
        conversationId: m.conversation_id,
        lastSeq: m.seq,
        preview: m.body.slice(0, 140),
        authorType: m.author_type,
        private: m.private,
        at: m.created_at.toISOString(),
      },
    });
  }
  return stored;
}
