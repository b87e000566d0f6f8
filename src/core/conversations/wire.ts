import type { MessageRow } from '../../db/queries/messages.js';
import type { MessageMeta, WireMessage } from '../../shared/realtime.js';

export function toWireMessage(m: MessageRow & { meta?: MessageMeta | null }): WireMessage {
  const wire: WireMessage = {
    conversationId: m.conversation_id,
    seq: m.seq,
    clientId: m.client_id,
    authorType: m.author_type,
    authorId: m.author_id,
    private: m.private,
    body: m.body,
    createdAt: m.created_at.toISOString(),
  };
  if (m.meta) wire.meta = m.meta;
  return wire;
}
