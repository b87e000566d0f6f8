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
  /** Who answers now; assignee_id names the person when it is 'agent' or 'champion'. */
  owner: 'bot' | 'queue' | 'agent' | 'champion';
  assignee_id: string | null;
  /** When it joined the team queue (its place in line); null unless the queue owns it. */
  queued_at: Date | null;
  claimed_at: Date | null;
  resolved_at: Date | null;
  /** Its step on the escalation ladder, and since when it waits there (migration 0011). */
  rung: 'bot' | 'community' | 'champion' | 'queue' | 'supervisor';
  rung_since: Date;
  /** The customer's language as the widget reported it; null when unknown. */
  locale: string | null;
  /** Routing (migration 0014): the team it is for (null: anyone), its medium and urgency. */
  team_id: string | null;
  channel: 'chat' | 'email' | 'voice';
  priority: 'urgent' | 'high' | 'normal' | 'low';
  last_seq: number;
  created_at: Date;
  updated_at: Date;
}

/** Inserts unless the (client-made) id exists; returns the stored row and whether it is new. */
export async function insertConversation(
  db: Db,
  c: Pick<ConversationRow, 'id' | 'workspace_id' | 'contact_id' | 'topic' | 'subject'> & {
    owner?: 'bot' | 'queue';
    locale?: string | null;
  },
): Promise<{ row: ConversationRow | undefined; created: boolean }> {
  // The bot's rung and the team queue's share their owner's name.
  const [created] = await db.query<ConversationRow>(
    `insert into conversations
       (id, workspace_id, contact_id, topic, subject, owner, rung, queued_at, locale)
     values ($1, $2, $3, $4, $5, $6, $6, case when $6 = 'queue' then now() end, $7)
     on conflict (id) do nothing returning *`,
    [c.id, c.workspace_id, c.contact_id, c.topic, c.subject, c.owner ?? 'queue', c.locale ?? null],
  );
  if (created) return { row: created, created: true };
  return { row: await findConversation(db, c.workspace_id, c.id), created: false };
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

export async function setAssignee(
  db: Db,
  workspaceId: string,
  id: string,
  assigneeId: string | null,
): Promise<ConversationRow | undefined> {
  const [row] = await db.query<ConversationRow>(
    `update conversations set assignee_id = $3, updated_at = now()
     where workspace_id = $1 and id = $2 returning *`,
    [workspaceId, id, assigneeId],
  );
  return row;
}

export async function setStatus(
  db: Db,
  workspaceId: string,
  id: string,
  status: 'open' | 'resolved',
): Promise<ConversationRow | undefined> {
  const [row] = await db.query<ConversationRow>(
    `update conversations set status = $3, updated_at = now()
     where workspace_id = $1 and id = $2 returning *`,
    [workspaceId, id, status],
  );
  return row;
}

export interface InboxRow extends ConversationRow {
  contact_name: string | null;
  contact_email: string | null;
}

export type InboxView = 'mine' | 'unassigned' | 'open' | 'resolved';

/** The console inbox: one view, optionally searched by contact or message text. */
export async function listInbox(
  db: Db,
  q: { workspaceId: string; userId: string; view: InboxView; search?: string; limit: number },
): Promise<InboxRow[]> {
  return db.query<InboxRow>(
    `select c.*, k.name as contact_name, k.email as contact_email
     from conversations c left join contacts k on k.id = c.contact_id
     where c.workspace_id = $1
       and case $5::text
             when 'mine' then c.status = 'open' and c.assignee_id = $2::uuid
             when 'unassigned' then c.status = 'open' and c.assignee_id is null
             when 'open' then c.status = 'open'
             else c.status = 'resolved'
           end
       and ($3::text is null
            or k.name ilike '%' || $3 || '%' or k.email ilike '%' || $3 || '%'
            or exists (select 1 from messages m where m.conversation_id = c.id
                       and m.workspace_id = $1 and m.body ilike '%' || $3 || '%'))
     order by c.updated_at desc limit $4`,
    [q.workspaceId, q.userId, q.search ?? null, q.limit, q.view],
  );
}

/** How many conversations each inbox view holds. */
export async function countInbox(
  db: Db,
  workspaceId: string,
  userId: string,
): Promise<Record<InboxView, number>> {
  const [row] = await db.query<Record<InboxView, number>>(
    `select
       count(*) filter (where status = 'open' and assignee_id = $2::uuid)::int as mine,
       count(*) filter (where status = 'open' and assignee_id is null)::int as unassigned,
       count(*) filter (where status = 'open')::int as open,
       count(*) filter (where status = 'resolved')::int as resolved
     from conversations where workspace_id = $1`,
    [workspaceId, userId],
  );
  return row!;
}
