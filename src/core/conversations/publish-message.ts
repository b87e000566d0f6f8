import type { MessageRow } from '../../db/queries/messages.js';
import type { ConversationDeps } from './realtime-deps.js';
import { toWireMessage } from './wire.js';

/** After commit: the message to the conversation's sockets, and a line to every agent's inbox. */
export function publishMessage(deps: Pick<ConversationDeps, 'publish'>, m: MessageRow) {
  const message = toWireMessage(m);
  const base = { workspaceId: m.workspace_id, conversationId: m.conversation_id };
  deps.publish({ ...base, internal: m.private, frame: { t: 'message', message } });
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
      at: message.createdAt,
    },
  });
}
