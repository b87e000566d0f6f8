import type { MessageRow } from '../../db/queries/messages.js';
import type { WireMessage } from '../../shared/realtime.js';

export function toWireMessage(m: MessageRow): WireMessage {
  return {
    conversationId: m.conversation_id,
    seq: m.seq,
    clientId: m.client_id,
    authorType: m.author_type,
    authorId: m.author_id,
    private: m.private,
    body: m.body,
    createdAt: m.created_at.toISOString(),
  };
}
