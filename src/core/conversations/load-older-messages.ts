import { messagesBefore } from '../../db/queries/history.js';
import type { WireMessage } from '../../shared/realtime.js';
import type { CoreDeps } from '../deps.js';
import { conversationFor } from './access.js';
import type { Participant } from './realtime-deps.js';
import { toWireMessage } from './wire.js';

/** How many messages a history page holds unless the caller asks for another size. */
export const OLDER_PAGE = 50;

/**
 * The page of history just before `beforeSeq`, oldest first, and whether older messages remain.
 * A console opens a long conversation with its newest page (`beforeSeq` = last seq + 1) and
 * walks back from there; live messages keep arriving over the socket meanwhile.
 */
export async function loadOlderMessages(
  deps: Pick<CoreDeps, 'db'>,
  who: Participant,
  input: { conversationId: string; beforeSeq: number; limit?: number },
): Promise<{ messages: WireMessage[]; lastSeq: number; more: boolean }> {
  const conversation = await conversationFor(deps, who, input.conversationId);
  const { rows, more } = await messagesBefore(deps.db, {
    workspaceId: who.workspaceId,
    conversationId: conversation.id,
    beforeSeq: input.beforeSeq,
    includePrivate: who.kind === 'agent',
    limit: input.limit ?? OLDER_PAGE,
  });
  return { messages: rows.map(toWireMessage), lastSeq: conversation.last_seq, more };
}
