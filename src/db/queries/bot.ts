import type { Db } from '../db.js';
import type { MessageRow } from './messages.js';

/**
 * Stores the bot's message only if the bot still owns the open conversation: the check, the
 * next sequence number and the insert are one statement under the conversation's row lock, so
 * the bot can never speak after a person has taken over, not even by a millisecond.
 */
export async function insertBotMessage(
  db: Db,
  m: { workspaceId: string; conversationId: string; clientId: string; body: string; meta: unknown },
): Promise<MessageRow | undefined> {
  const [row] = await db.query<MessageRow>(
    `with c as (
       update conversations set last_seq = last_seq + 1, updated_at = now()
        where workspace_id = $1 and id = $2 and owner = 'bot' and status = 'open'
        returning last_seq)
     insert into messages
       (workspace_id, conversation_id, seq, client_id, author_type, author_id, private, body, meta)
     select $1, $2, c.last_seq, $3, 'bot', null, false, $4, $5 from c
     returning *`,
    [m.workspaceId, m.conversationId, m.clientId, m.body, JSON.stringify(m.meta)],
  );
  return row;
}

export interface BotAnswerRow {
  workspace_id: string;
  conversation_id: string;
  seq: number;
  question: string;
  declined: boolean;
  confidence: number;
  citations: { articleId: string; title: string; url: string | null; score: number }[];
  helpful: boolean | null;
}

export async function insertBotAnswer(db: Db, a: Omit<BotAnswerRow, 'helpful'>): Promise<void> {
  await db.query(
    `insert into bot_answers
       (workspace_id, conversation_id, seq, question, declined, confidence, citations)
     values ($1, $2, $3, $4, $5, $6, $7)`,
    [
      a.workspace_id,
      a.conversation_id,
      a.seq,
      a.question,
      a.declined,
      a.confidence,
      JSON.stringify(a.citations),
    ],
  );
}

/** Records the customer's verdict once; returns the answer, or nothing if there is none. */
export async function rateBotAnswer(
  db: Db,
  workspaceId: string,
  conversationId: string,
  seq: number,
  helpful: boolean,
): Promise<{ answer: BotAnswerRow; first: boolean } | undefined> {
  const [updated] = await db.query<BotAnswerRow>(
    `update bot_answers set helpful = $4
      where workspace_id = $1 and conversation_id = $2 and seq = $3 and helpful is null
      returning *`,
    [workspaceId, conversationId, seq, helpful],
  );
  if (updated) return { answer: updated, first: true };
  const [existing] = await db.query<BotAnswerRow>(
    'select * from bot_answers where workspace_id = $1 and conversation_id = $2 and seq = $3',
    [workspaceId, conversationId, seq],
  );
  return existing ? { answer: existing, first: false } : undefined;
}

export async function countUnhelpfulAnswers(
  db: Db,
  workspaceId: string,
  conversationId: string,
): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    `select count(*)::int as n from bot_answers
      where workspace_id = $1 and conversation_id = $2 and helpful = false`,
    [workspaceId, conversationId],
  );
  return row?.n ?? 0;
}

export async function listBotAnswers(
  db: Db,
  workspaceId: string,
  conversationId: string,
): Promise<BotAnswerRow[]> {
  return db.query<BotAnswerRow>(
    `select * from bot_answers where workspace_id = $1 and conversation_id = $2 order by seq`,
    [workspaceId, conversationId],
  );
}

/** Counts an article's "helpful" or "not helpful" from a rated answer. */
export async function countArticleVote(
  db: Db,
  workspaceId: string,
  articleId: string,
  helpful: boolean,
): Promise<void> {
  await db.query(
    `update kb_articles set ${helpful ? 'helpful_count' : 'not_helpful_count'} =
       ${helpful ? 'helpful_count' : 'not_helpful_count'} + 1
      where workspace_id = $1 and id = $2`,
    [workspaceId, articleId],
  );
}

export async function articleSlugs(
  db: Db,
  workspaceId: string,
  ids: string[],
): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db.query<{ id: string; slug: string }>(
    'select id, slug from kb_articles where workspace_id = $1 and id = any($2::uuid[])',
    [workspaceId, ids],
  );
  return new Map(rows.map((r) => [r.id, r.slug]));
}
