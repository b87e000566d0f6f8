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
 * One multi-row INSERT for a whole batch (group commit). Rows whose client id is already stored
 * are skipped, so a resend is absorbed; the stored rows come back. With `lastSeqs`, the same
 * statement also moves each conversation's last sequence (rows locked by lockConversations),
 * saving the batch a round trip.
 */
export async function insertMessages(
  db: Db,
  rows: readonly NewMessage[],
  lastSeqs: readonly { conversation_id: string; last_seq: number }[] = [],
): Promise<MessageRow[]> {
  if (rows.length === 0) return [];
  const params: unknown[] = [];
  const tuples = rows.map((row) => {
    const slots = COLUMNS.map((column) => {
      params.push(row[column]);
      return `$${params.length}`;
    });
    return `(${slots.join(', ')})`;
  });
  let prefix = '';
  if (lastSeqs.length) {
    params.push(
      lastSeqs.map((l) => l.conversation_id),
      lastSeqs.map((l) => l.last_seq),
    );
    prefix = `with moved as (
       update conversations c set last_seq = r.last_seq, updated_at = now()
       from unnest($${params.length - 1}::uuid[], $${params.length}::bigint[]) as r(id, last_seq)
       where c.id = r.id)
     `;
  }
  return db.query<MessageRow>(
    `${prefix}insert into messages (${COLUMNS.join(', ')}) values ${tuples.join(', ')}
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

/** Messages already stored under these (conversation, client id) pairs: resends to absorb. */
export async function findMessagesByClientIds(
  db: Db,
  pairs: readonly { conversation_id: string; client_id: string }[],
): Promise<MessageRow[]> {
  if (pairs.length === 0) return [];
  return db.query<MessageRow>(
    `select m.* from messages m
     join unnest($1::uuid[], $2::text[]) as p(conversation_id, client_id)
       on m.conversation_id = p.conversation_id and m.client_id = p.client_id`,
    [pairs.map((p) => p.conversation_id), pairs.map((p) => p.client_id)],
  );
}

/**
 * Locks the conversations a batch writes to, always in id order (so two writers never
 * deadlock), and returns their owner and last sequence. Pairs of another workspace are absent.
 */
export async function lockConversations(
  db: Db,
  pairs: readonly { workspace_id: string; conversation_id: string }[],
): Promise<Map<string, { contact_id: string | null; last_seq: number }>> {
  if (pairs.length === 0) return new Map();
  const rows = await db.query<{ id: string; contact_id: string | null; last_seq: number }>(
    `select c.id, c.contact_id, c.last_seq from conversations c
     join unnest($1::uuid[], $2::uuid[]) as p(workspace_id, id)
       on c.id = p.id and c.workspace_id = p.workspace_id
     order by c.id for update of c`,
    [pairs.map((p) => p.workspace_id), pairs.map((p) => p.conversation_id)],
  );
  return new Map(rows.map((r) => [r.id, { contact_id: r.contact_id, last_seq: r.last_seq }]));
}
