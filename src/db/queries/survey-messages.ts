import type { Db } from '../db.js';
import type { MessageRow } from './messages.js';

/**
 * Puts a survey invitation into its conversation as the next message (from Parley, not from a
 * person), so the customer finds it in the widget now or whenever they come back. The
 * conversation's status and place in the inbox stay as they are.
 */
export async function insertSurveyMessage(
  db: Db,
  m: { workspaceId: string; conversationId: string; clientId: string; body: string; meta: unknown },
): Promise<MessageRow | undefined> {
  const [row] = await db.query<MessageRow>(
    `with c as (
       update conversations set last_seq = last_seq + 1
        where workspace_id = $1 and id = $2
        returning last_seq)
     insert into messages
       (workspace_id, conversation_id, seq, client_id, author_type, author_id, private, body, meta)
     select $1, $2, c.last_seq, $3, 'system', null, false, $4, $5 from c
     returning *`,
    [m.workspaceId, m.conversationId, m.clientId, m.body, JSON.stringify(m.meta)],
  );
  return row;
}
