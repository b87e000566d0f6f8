import type { Db } from '../db.js';

export interface PhraseRow {
  key: string;
  phrase: string;
  doc_count: number;
  topic_id: string | null;
  pinned: boolean;
}

/**
 * Adds `delta` to how many texts use each phrase (a new phrase starts at its delta; a phrase
 * no text uses any more stays, at 0) and returns the phrases as they now stand.
 */
export async function countPhrases(
  tx: Db,
  workspaceId: string,
  deltas: readonly { key: string; phrase: string; delta: number }[],
): Promise<PhraseRow[]> {
  const fewer = deltas.filter((d) => d.delta < 0);
  const more = deltas.filter((d) => d.delta > 0);
  const rows: PhraseRow[] = [];
  if (fewer.length) {
    rows.push(
      ...(await tx.query<PhraseRow>(
        `update topic_phrases p set doc_count = greatest(p.doc_count + x.delta, 0)
           from jsonb_to_recordset($2::jsonb) as x(key text, delta integer)
          where p.workspace_id = $1 and p.key = x.key
          returning p.key, p.phrase, p.doc_count, p.topic_id, p.pinned`,
        [workspaceId, JSON.stringify(fewer)],
      )),
    );
  }
  if (more.length) {
    rows.push(
      ...(await tx.query<PhraseRow>(
        `insert into topic_phrases as p (workspace_id, key, phrase, doc_count)
         select $1, x.key, x.phrase, x.delta
           from jsonb_to_recordset($2::jsonb) as x(key text, phrase text, delta integer)
         on conflict (workspace_id, key) do update set doc_count = p.doc_count + excluded.doc_count
         returning key, phrase, doc_count, topic_id, pinned`,
        [workspaceId, JSON.stringify(more)],
      )),
    );
  }
  return rows;
}

/** The topic of each of these phrases that has one. */
export async function topicsOfPhrases(
  db: Db,
  workspaceId: string,
  keys: readonly string[],
): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const rows = await db.query<{ key: string; topic_id: string }>(
    `select key, topic_id from topic_phrases
      where workspace_id = $1 and key = any($2::text[]) and topic_id is not null`,
    [workspaceId, keys],
  );
  return new Map(rows.map((r) => [r.key, r.topic_id]));
}

/** Puts phrases in a topic; `pinned` ones the automatic grouping leaves where a person put them. */
export async function setPhrasesTopic(
  tx: Db,
  workspaceId: string,
  keys: readonly string[],
  topicId: string,
  pinned: boolean,
): Promise<number> {
  const rows = await tx.query(
    `update topic_phrases set topic_id = $3, pinned = pinned or $4
      where workspace_id = $1 and key = any($2::text[]) returning key`,
    [workspaceId, keys, topicId, pinned],
  );
  return rows.length;
}

/** A topic's phrases, most used first. */
export async function phrasesOfTopics(
  db: Db,
  workspaceId: string,
  topicIds: readonly string[],
  perTopic: number,
) {
  return db.query<PhraseRow>(
    `select key, phrase, doc_count, topic_id, pinned from (
       select p.*, row_number() over (partition by topic_id order by doc_count desc, key) as n
         from topic_phrases p where workspace_id = $1 and topic_id = any($2::uuid[])) ranked
      where n <= $3 order by topic_id, doc_count desc, key`,
    [workspaceId, topicIds, perTopic],
  );
}

/** How many of these phrases belong to the topic. */
export async function countPhrasesInTopic(
  db: Db,
  workspaceId: string,
  topicId: string,
  keys: readonly string[],
): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    `select count(*)::int as n from topic_phrases
      where workspace_id = $1 and topic_id = $2 and key = any($3::text[])`,
    [workspaceId, topicId, keys],
  );
  return row?.n ?? 0;
}
