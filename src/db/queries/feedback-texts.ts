import type { Db } from '../db.js';
import type { SourceText } from './feedback-sources.js';

export type SentimentLabel = 'negative' | 'neutral' | 'positive';

export interface NewFeedbackText extends Omit<SourceText, 'body'> {
  excerpt: string;
  sentiment: number;
  sentiment_label: SentimentLabel;
  terms: string;
  phrases: string[];
  analyzed_at: Date;
}

export interface StoredText {
  id: number;
  workspace_id: string;
  kind: SourceText['kind'];
  terms: string;
  phrases: string[];
  written_at: Date;
  sentiment_label: SentimentLabel;
}

const STORED = 'id, workspace_id, kind, terms, phrases, written_at, sentiment_label';

/** Stores analysed texts in one statement; returns them with their ids. */
export async function insertTexts(
  tx: Db,
  texts: readonly NewFeedbackText[],
): Promise<StoredText[]> {
  if (texts.length === 0) return [];
  return tx.query<StoredText>(
    `insert into feedback_texts (workspace_id, message_id, response_id, case_id, kind, contact_id,
       conversation_id, excerpt, written_at, sentiment, sentiment_label, terms, phrases,
       analyzed_at)
     select x.workspace_id, x.message_id, x.response_id, x.case_id, x.kind, x.contact_id,
       x.conversation_id, x.excerpt, x.written_at, x.sentiment, x.sentiment_label, x.terms,
       x.phrases, x.analyzed_at
       from jsonb_to_recordset($1::jsonb) as x(workspace_id uuid, message_id bigint,
         response_id uuid, case_id uuid, kind text, contact_id uuid, conversation_id uuid,
         excerpt text, written_at timestamptz, sentiment real, sentiment_label text, terms text,
         phrases text[], analyzed_at timestamptz)
     returning ${STORED}`,
    [JSON.stringify(texts)],
  );
}

/** Forgets the analyses of answers whose words changed; returns what they counted. */
export async function deleteResponseTexts(tx: Db, responseIds: readonly string[]) {
  if (responseIds.length === 0) return [];
  return tx.query<{ workspace_id: string; phrases: string[] }>(
    `delete from feedback_texts where response_id = any($1::uuid[])
     returning workspace_id, phrases`,
    [responseIds],
  );
}

export async function findTexts(db: Db, workspaceId: string, ids: readonly number[]) {
  return db.query<StoredText>(
    `select ${STORED} from feedback_texts where workspace_id = $1 and id = any($2::bigint[])`,
    [workspaceId, ids],
  );
}

/** The latest texts that use a phrase, with their words: how the grouping sees its company. */
export async function latestTextsWithPhrase(
  db: Db,
  workspaceId: string,
  key: string,
  limit: number,
): Promise<Pick<StoredText, 'id' | 'terms' | 'phrases'>[]> {
  return db.query(
    `select id, terms, phrases from feedback_texts
      where workspace_id = $1 and phrases @> array[$2::text] order by id desc limit $3`,
    [workspaceId, key, limit],
  );
}

/** The ids of a workspace's texts that use any of these phrases. */
export async function textIdsWithPhrases(db: Db, workspaceId: string, keys: readonly string[]) {
  if (keys.length === 0) return [];
  const rows = await db.query<{ id: number }>(
    'select id from feedback_texts where workspace_id = $1 and phrases && $2::text[]',
    [workspaceId, keys],
  );
  return rows.map((r) => r.id);
}

/** The ids of a workspace's texts whose words contain a keyword's stems. */
export async function textIdsWithKeyword(db: Db, workspaceId: string, keywordKey: string) {
  const rows = await db.query<{ id: number }>(
    `select id from feedback_texts
      where workspace_id = $1 and position(' ' || $2 || ' ' in terms) > 0`,
    [workspaceId, keywordKey],
  );
  return rows.map((r) => r.id);
}

/** The ids of a workspace's texts in any of these topics. */
export async function textIdsInTopics(db: Db, workspaceId: string, topicIds: readonly string[]) {
  const rows = await db.query<{ id: number }>(
    `select distinct text_id as id from feedback_text_topics
      where workspace_id = $1 and topic_id = any($2::uuid[])`,
    [workspaceId, topicIds],
  );
  return rows.map((r) => r.id);
}

export interface TopicAssignmentRow {
  text_id: number;
  topic_id: string;
  via: 'rule' | 'phrase';
  written_at: Date;
  negative: boolean;
}

/** Replaces the topics of these texts with the given ones, all in one go. */
export async function replaceAssignments(
  tx: Db,
  workspaceId: string,
  textIds: readonly number[],
  rows: readonly TopicAssignmentRow[],
): Promise<void> {
  await tx.query(
    'delete from feedback_text_topics where workspace_id = $1 and text_id = any($2::bigint[])',
    [workspaceId, textIds],
  );
  if (rows.length === 0) return;
  await tx.query(
    `insert into feedback_text_topics (workspace_id, text_id, topic_id, via, written_at, negative)
     select $1, x.text_id, x.topic_id, x.via, x.written_at, x.negative
       from jsonb_to_recordset($2::jsonb) as x(text_id bigint, topic_id uuid, via text,
         written_at timestamptz, negative boolean)`,
    [workspaceId, JSON.stringify(rows)],
  );
}

/** Records where feedback routing sent a text. */
export async function setTextRoute(
  tx: Db,
  workspaceId: string,
  r: { textId: number; routeId: string; teamId: string | null; userId: string | null; at: Date },
): Promise<void> {
  await tx.query(
    `update feedback_texts set route_id = $3, routed_team_id = $4, routed_user_id = $5,
       routed_at = $6
     where workspace_id = $1 and id = $2`,
    [workspaceId, r.textId, r.routeId, r.teamId, r.userId, r.at],
  );
}

export interface TopicTextRow {
  id: number;
  kind: StoredText['kind'];
  excerpt: string;
  written_at: Date;
  sentiment: number;
  sentiment_label: SentimentLabel;
  via: 'rule' | 'phrase';
  response_id: string | null;
  case_id: string | null;
  conversation_id: string | null;
  contact_name: string | null;
  team_name: string | null;
  user_name: string | null;
}

/** A topic's latest texts, newest first, with who wrote them and where routing sent them. */
export async function listTopicTexts(
  db: Db,
  workspaceId: string,
  topicId: string,
  o: { before: Date; limit: number },
): Promise<TopicTextRow[]> {
  return db.query<TopicTextRow>(
    `select f.id, f.kind, f.excerpt, f.written_at, f.sentiment, f.sentiment_label, a.via,
       f.response_id, f.case_id, f.conversation_id, c.name as contact_name,
       g.name as team_name, u.name as user_name
       from feedback_text_topics a
       join feedback_texts f on f.id = a.text_id
       left join contacts c on c.id = f.contact_id
       left join teams g on g.id = f.routed_team_id
       left join users u on u.id = f.routed_user_id
      where a.workspace_id = $1 and a.topic_id = $2 and a.written_at < $3
      order by a.written_at desc, f.id desc limit $4`,
    [workspaceId, topicId, o.before, o.limit],
  );
}
