import type { Db } from '../db.js';
import type { MessageRow } from './messages.js';

export type Topic = 'question' | 'complaint' | 'feedback';

export interface ConversationRow {
  id: string;
  workspace_id: string;
  contact_id: string | null;
  status: 'open' | 'resolved';
  topic: Topic;
  subject: string | null;
  last_seq: number;
  created_at: Date;
  updated_at: Date;
}

/** Inserts unless the (client-made) id exists; returns the stored row either way. */
export async function insertConversation(
  db: Db,
  c: Pick<ConversationRow, 'id' | 'workspace_id' | 'contact_id' | 'topic' | 'subject'>,
): Promise<ConversationRow | undefined> {
  await db.query(
    `insert into conversations (id, workspace_id, contact_id, topic, subject)
     values ($1, $2, $3, $4, $5) on conflict (id) do nothing`,
    [c.id, c.workspace_id, c.contact_id, c.topic, c.subject],
  );
  return findConversation(db, c.workspace_id, c.id);
}

export async function findConversation(
  db: Db,
  workspaceId: string,
  id: string,
): Promise<ConversationRow | undefined> {
  const [row] = await db.query<ConversationRow>(
    'select * from conversations where workspace_id = $1 and id = $2',
    [workspaceId, id],
  );
  return row;
}

export async function listConversationsOfContact(
  db: Db,
  workspaceId: string,
  contactId: string,
): Promise<ConversationRow[]> {
  return db.query<ConversationRow>(
    `select * from conversations where workspace_id = $1 and contact_id = $2
     order by updated_at desc limit 100`,
    [workspaceId, contactId],
  );
}

/** What a client missed after `afterSeq`, in order; private notes only for agents. */
export async function messagesAfter(
  db: Db,
  q: {
    workspaceId: string;
    conversationId: string;
    afterSeq: number;
    includePrivate: boolean;
    limit: number;
  },
): Promise<MessageRow[]> {
  return db.query<MessageRow>(
    `select * from messages
     where workspace_id = $1 and conversation_id = $2 and seq > $3 and ($4 or not private)
     order by seq limit $5`,
    [q.workspaceId, q.conversationId, q.afterSeq, q.includePrivate, q.limit],
  );
}

/** A workspace's conversations, most recently active first, optionally by status. */
export async function listConversations(
  db: Db,
  q: { workspaceId: string; status?: 'open' | 'resolved'; limit: number; before?: Date },
): Promise<ConversationRow[]> {
  return db.query<ConversationRow>(
    `select * from conversations
     where workspace_id = $1 and ($2::text is null or status = $2) and ($4::timestamptz is null or updated_at < $4)
     order by updated_at desc limit $3`,
    [q.workspaceId, q.status ?? null, q.limit, q.before ?? null],
  );
}
