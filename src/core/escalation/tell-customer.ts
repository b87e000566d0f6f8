import type { ConversationDeps } from '../conversations/realtime-deps.js';
import { publishMessage } from '../conversations/publish-message.js';

/**
 * An automated update in the conversation, shown to the customer and the team: what happens
 * next when the ladder moves them. `key` names the move, so a retried move writes it once (the
 * message store is idempotent on the client id).
 */
export async function tellCustomer(
  deps: Pick<ConversationDeps, 'writer' | 'publish'>,
  where: { workspaceId: string; conversationId: string },
  note: { key: string; body: string },
): Promise<void> {
  const stored = await deps.writer.write({
    workspace_id: where.workspaceId,
    conversation_id: where.conversationId,
    client_id: `ladder-${note.key}-${where.conversationId}`.slice(0, 64),
    author_type: 'system',
    author_id: null,
    private: false,
    body: note.body,
  });
  if (!stored.duplicate) publishMessage(deps, stored.message);
}
