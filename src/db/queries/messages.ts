import type { Db } from '../db.js';

export interface NewMessage {
  workspace_id: string;
  conversation_id: string;
  seq: number;
  client_id: string;
  author_type: 'contact' | 'agent' | 'bot' | 'system';
  author_id: string | null;
  private: boolean;
  body: string;
}

export interface MessageRow extends NewMessage {
  id: number;
  created_at: Date;
}

const COLUMNS = [
  'workspace_id',
  'conversation_id',
  'seq',
  'client_id',
  'author_type',
  'author_id',
  'private',
  'body',
] as const;

/**
 * Stores rows as given, skipping any whose client id is already stored; returns the stored ones.
 * (The chat path numbers and stores through storeMessageBatch, in message-batch.ts.)
 */
export async function insertMessages(db: Db, rows: readonly NewMessage[]): Promise<MessageRow[]> {
  if (rows.length === 0) return [];
  const params: unknown[] = [];
  const tuples = rows.map((row) => {
    const slots = COLUMNS.map((column) => {
      params.push(row[column]);
      return `$${params.length}`;
    });
    return `(${slots.join(', ')})`;
  });
  return db.query<MessageRow>(
    `insert into messages (${COLUMNS.join(', ')}) values ${tuples.join(', ')}
     on conflict (conversation_id, client_id) do nothing returning *`,
    params,
  );
}

/** The newest `limit` messages of a conversation, oldest first. */
export async function latestMessages(
  db: Db,
  workspaceId: string,
  conversationId: string,
  limit: number,
): Promise<MessageRow[]> {
  const rows = await db.query<MessageRow>(
    `select * from messages where workspace_id = $1 and conversation_id = $2
     order by seq desc limit $3`,
    [workspaceId, conversationId, limit],
  );
  return rows.reverse();
}
