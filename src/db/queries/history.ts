import type { Db } from '../db.js';
import type { MessageRow } from './messages.js';

/**
 * One page of older history: up to `limit` messages with a sequence below `beforeSeq`, oldest
 * first. Reads one row more than asked, so the caller learns whether still older ones exist
 * without a second query. Private notes only for agents.
 */
export async function messagesBefore(
  db: Db,
  q: {
    workspaceId: string;
    conversationId: string;
    beforeSeq: number;
    includePrivate: boolean;
    limit: number;
  },
): Promise<{ rows: MessageRow[]; more: boolean }> {
  const rows = await db.query<MessageRow>(
    `select * from messages
     where workspace_id = $1 and conversation_id = $2 and seq < $3 and ($4 or not private)
     order by seq desc limit $5`,
    [q.workspaceId, q.conversationId, q.beforeSeq, q.includePrivate, q.limit + 1],
  );
  const more = rows.length > q.limit;
  return { rows: rows.slice(0, q.limit).reverse(), more };
}
