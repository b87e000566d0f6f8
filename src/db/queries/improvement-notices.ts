import type { Db } from '../db.js';
import type { MessageRow } from './messages.js';

export interface RaiserRow {
  contact_id: string;
  name: string | null;
  email: string | null;
}

/**
 * The customers behind an improvement: those who wrote in its topic up to `raisedBy` without
 * praising it (a compliment about deliveries did not raise a delivery problem), and those whose
 * feedback a person linked to it by hand.
 */
const RAISERS = `
  select f.contact_id from feedback_text_topics a
    join feedback_texts f on f.id = a.text_id
   where a.workspace_id = $1 and a.topic_id = $3 and a.written_at <= $4
     and f.sentiment_label <> 'positive' and f.contact_id is not null
  union
  select l.contact_id from improvement_links l
   where l.workspace_id = $1 and l.improvement_id = $2 and l.contact_id is not null`;

export interface RaiserQuery {
  improvementId: string;
  topicId: string | null;
  raisedBy: Date;
}

/** Raisers not told yet, a page at a time. */
export async function untoldRaisers(
  db: Db,
  workspaceId: string,
  q: RaiserQuery,
  limit: number,
): Promise<RaiserRow[]> {
  return db.query<RaiserRow>(
    `select c.id as contact_id, c.name, c.email from contacts c
      where c.workspace_id = $1 and c.id in (${RAISERS})
        and not exists (select 1 from improvement_notices n
                         where n.improvement_id = $2 and n.contact_id = c.id)
      order by c.id limit $5`,
    [workspaceId, q.improvementId, q.topicId, q.raisedBy, limit],
  );
}

export async function countRaisers(db: Db, workspaceId: string, q: RaiserQuery): Promise<number> {
  const [row] = await db.query<{ n: number }>(`select count(*)::int as n from (${RAISERS}) r`, [
    workspaceId,
    q.improvementId,
    q.topicId,
    q.raisedBy,
  ]);
  return row?.n ?? 0;
}

/** The conversation a customer wrote in last, where a note to them is seen in the widget. */
export async function latestConversationOf(db: Db, workspaceId: string, contactId: string) {
  const [row] = await db.query<{ id: string }>(
    `select id from conversations where workspace_id = $1 and contact_id = $2
      order by updated_at desc, created_at desc limit 1`,
    [workspaceId, contactId],
  );
  return row?.id;
}

/**
 * Records that a raiser was told; false when they already were (the primary key is the rule
 * that nobody is told twice about one improvement).
 */
export async function insertNotice(
  tx: Db,
  n: {
    workspace_id: string;
    improvement_id: string;
    contact_id: string;
    conversation_id: string | null;
    emailed: boolean;
    at: Date;
  },
): Promise<boolean> {
  const rows = await tx.query(
    `insert into improvement_notices (workspace_id, improvement_id, contact_id, conversation_id,
       emailed, notified_at)
     values ($1, $2, $3, $4, $5, $6) on conflict do nothing returning contact_id`,
    [n.workspace_id, n.improvement_id, n.contact_id, n.conversation_id, n.emailed, n.at],
  );
  return rows.length > 0;
}

/**
 * Writes an automated note into a conversation as its next message, unless one with this client
 * id is there already. The conversation keeps its place in the inbox: this is news for the
 * customer, not new work for the team.
 */
export async function insertNoticeMessage(
  tx: Db,
  m: { workspaceId: string; conversationId: string; clientId: string; body: string },
): Promise<MessageRow | undefined> {
  const [row] = await tx.query<MessageRow>(
    `with c as (
       update conversations set last_seq = last_seq + 1
        where workspace_id = $1 and id = $2
          and not exists (select 1 from messages where conversation_id = $2 and client_id = $3)
        returning last_seq)
     insert into messages
       (workspace_id, conversation_id, seq, client_id, author_type, author_id, private, body)
     select $1, $2, c.last_seq, $3, 'system', null, false, $4 from c
     returning *`,
    [m.workspaceId, m.conversationId, m.clientId, m.body],
  );
  return row;
}

export interface NoticeCounts {
  told: number;
  in_widget: number;
  by_email: number;
  unreachable: number;
}

export async function countNotices(db: Db, workspaceId: string, improvementId: string) {
  const [row] = await db.query<NoticeCounts>(
    `select count(*)::int as told,
       (count(*) filter (where conversation_id is not null))::int as in_widget,
       (count(*) filter (where emailed))::int as by_email,
       (count(*) filter (where conversation_id is null and not emailed))::int as unreachable
       from improvement_notices where workspace_id = $1 and improvement_id = $2`,
    [workspaceId, improvementId],
  );
  return row!;
}
