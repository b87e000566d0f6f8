import { messagesAfter } from '../../db/queries/conversations.js';
import type { WireMessage } from '../../shared/realtime.js';
import type { CoreDeps } from '../deps.js';
import { conversationFor } from './access.js';
import type { Participant } from './realtime-deps.js';
import { toWireMessage } from './wire.js';

export const CATCH_UP_PAGE = 500;

/**
 * Exactly what a client missed after the last sequence it saw, in order (a page at a time).
 * Private notes are left out for customers; their sequence numbers simply do not appear.
 */
export async function catchUp(
  deps: Pick<CoreDeps, 'db'>,
  who: Participant,
  input: { conversationId: string; afterSeq: number; limit?: number },
): Promise<{ messages: WireMessage[]; lastSeq: number; more: boolean }> {
  const conversation = await conversationFor(deps, who, input.conversationId);
  const limit = input.limit ?? CATCH_UP_PAGE;
  const rows = await messagesAfter(deps.db, {
    workspaceId: who.workspaceId,
    conversationId: input.conversationId,
    afterSeq: input.afterSeq,
    includePrivate: who.kind === 'agent',
    limit,
  });
  return {
    messages: rows.map(toWireMessage),
    lastSeq: conversation.last_seq,
    more: rows.length === limit,
  };
}
