import type { Db } from '../db.js';

/**
 * What the feedback indexer reads: customer texts of every workspace not analysed yet. This is
 * background work over all tenants (like the email outbox), so these read across workspaces;
 * each row carries its workspace, and everything written from it is written under that id.
 */
export interface SourceText {
  workspace_id: string;
  message_id: number | null;
  response_id: string | null;
  case_id: string | null;
  kind: 'message' | 'csat' | 'ces' | 'nps' | 'cx' | 'review' | 'complaint';
  contact_id: string | null;
  conversation_id: string | null;
  body: string;
  written_at: Date;
}

export type SourceName = 'message' | 'response' | 'case';

export interface Cursor {
  last_id: number;
  last_at: Date | null;
}

/**
 * Whether this transaction may index now (false: another node is indexing this moment).
 * Advisory locks belong to the whole database, so the key includes the schema: two Parley
 * installations (or two test files) in one database each index their own texts.
 */
export async function tryIndexLock(tx: Db): Promise<boolean> {
  const [row] = await tx.query<{ ok: boolean }>(
    `select pg_try_advisory_xact_lock(hashtextextended(current_schema() || ':parley.feedback-index', 0)) as ok`,
  );
  return row?.ok === true;
}

export async function readCursor(tx: Db, source: SourceName): Promise<Cursor> {
  await tx.query(
    'insert into feedback_index_cursors (source) values ($1) on conflict (source) do nothing',
    [source],
  );
  const [row] = await tx.query<Cursor>(
    'select last_id, last_at from feedback_index_cursors where source = $1',
    [source],
  );
  return row!;
}

export async function saveCursor(tx: Db, source: SourceName, c: Cursor): Promise<void> {
  await tx.query('update feedback_index_cursors set last_id = $2, last_at = $3 where source = $1', [
    source,
    c.last_id,
    c.last_at,
  ]);
}

/**
 * Customers' own messages after `afterId` that have no analysis yet, oldest first. A complaint's
 * description is also its conversation's first message; it is read once, as the complaint.
 */
export async function readNewMessages(db: Db, afterId: number, limit: number) {
  return db.query<SourceText>(
    `select m.workspace_id, m.id as message_id, null::uuid as response_id, null::uuid as case_id,
       'message' as kind, c.contact_id, m.conversation_id, m.body, m.created_at as written_at
       from messages m join conversations c on c.id = m.conversation_id
      where m.id > $1 and m.author_type = 'contact' and not m.private
        and not exists (select 1 from feedback_texts f where f.message_id = m.id)
        and not (c.topic = 'complaint' and m.seq = 1)
      order by m.id limit $2`,
    [afterId, limit],
  );
}

/**
 * The highest message id below which every message has committed, as far as anyone can tell:
 * those written more than `settleSeconds` ago (by the database's clock, which stamps them).
 */
export async function settledMessageId(db: Db, afterId: number, settleSeconds: number) {
  const [row] = await db.query<{ id: number | null }>(
    `select max(id) as id from messages
      where id > $1 and created_at < now() - make_interval(secs => $2)`,
    [afterId, settleSeconds],
  );
  return row?.id ?? afterId;
}

/**
 * Survey answers and reviews whose words were written after `since` and not analysed as they
 * are now (a replaced comment is read again), oldest first.
 */
export async function readNewResponses(db: Db, since: Date, limit: number) {
  return db.query<SourceText>(
    `select r.workspace_id, null::bigint as message_id, r.id as response_id, null::uuid as case_id,
       r.kind, r.contact_id, r.conversation_id, r.comment as body,
       coalesce(r.commented_at, r.created_at) as written_at
       from survey_responses r
      where r.comment is not null and coalesce(r.commented_at, r.created_at) > $1
        and not exists (select 1 from feedback_texts f where f.response_id = r.id
                          and f.written_at = coalesce(r.commented_at, r.created_at))
      order by coalesce(r.commented_at, r.created_at), r.id limit $2`,
    [since, limit],
  );
}

/** Complaints made after `since` and not analysed yet, oldest first. */
export async function readNewCases(db: Db, since: Date, limit: number) {
  return db.query<SourceText>(
    `select k.workspace_id, null::bigint as message_id, null::uuid as response_id, k.id as case_id,
       'complaint' as kind, k.contact_id, k.conversation_id, k.description as body,
       k.created_at as written_at
       from cases k
      where k.created_at > $1
        and not exists (select 1 from feedback_texts f where f.case_id = k.id)
      order by k.created_at, k.id limit $2`,
    [since, limit],
  );
}
