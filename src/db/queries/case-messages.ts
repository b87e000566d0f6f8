import type { Db } from '../db.js';
import type { MessageRow } from './messages.js';

/**
 * Writes an automated message (author "system") into a conversation, numbered after its last
 * sequence, unless a message with this client id is already there: then nothing is written and
 * no sequence number is used up. Run it in the transaction that holds the conversation's lock.
 */
export async function insertSystemMessage(
  tx: Db,
  m: { workspaceId: string; conversationId: string; clientId: string; body: string; meta: unknown },
): Promise<MessageRow | undefined> {
  const [row] = await tx.query<MessageRow>(
    `with c as (
       update conversations set last_seq = last_seq + 1, updated_at = now()
        where workspace_id = $1 and id = $2
          and not exists (select 1 from messages where conversation_id = $2 and client_id = $3)
        returning last_seq)
     insert into messages
       (workspace_id, conversation_id, seq, client_id, author_type, author_id, private, body, meta)
     select $1, $2, c.last_seq, $3, 'system', null, false, $4, $5 from c
     returning *`,
    [m.workspaceId, m.conversationId, m.clientId, m.body, JSON.stringify(m.meta)],
  );
  return row;
}
