import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/db.js';
import { latestTextsWithPhrase } from '../../db/queries/feedback-texts.js';
import {
  setPhrasesTopic,
  topicsOfPhrases,
  type PhraseRow,
} from '../../db/queries/topic-phrases.js';
import {
  findTopicByName,
  insertTopic,
  listTopicRows,
  listTopicRules,
} from '../../db/queries/topics.js';
import { assignTopics, type KeywordRule } from './assign-topics.js';
import { keywordKey } from './key-phrases.js';
import { JOIN_SUPPORT, placePhrase } from './place-phrase.js';

/** How many of a word's texts are looked at to see which topics it keeps company with. */
const COMPANY_SAMPLE = 200;

/** "late delivery" -> "Late delivery". */
export const topicNameOf = (phrase: string) => phrase.charAt(0).toUpperCase() + phrase.slice(1);

/**
 * Places the phrases that just became frequent and have no topic yet (see placePhrase): single
 * words first, most used first, so the words that name topics are there before the phrases
 * built on them. The company a word keeps is read the way texts are assigned (keyword rules
 * first), so a word that comes with "delivery" follows "delivery" into the rule's topic. A
 * phrase a person placed is never moved. Returns the keys placed.
 */
export async function groupPhrases(
  tx: Db,
  workspaceId: string,
  touched: readonly PhraseRow[],
  now: Date,
): Promise<string[]> {
  const candidates = touched
    .filter((p) => !p.topic_id && p.doc_count >= JOIN_SUPPORT)
    .sort((a, b) => words(a) - words(b) || b.doc_count - a.doc_count || cmp(a.key, b.key));
  if (candidates.length === 0) return [];
  const rules: KeywordRule[] = (await listTopicRules(tx, workspaceId)).map((r) => ({
    topicId: r.topic_id,
    keywordKey: r.keyword_key,
  }));
  const known = await topicsOfPhrases(tx, workspaceId, [
    ...new Set(candidates.flatMap((c) => c.key.split(' '))),
  ]);
  const named = new Map(
    (await listTopicRows(tx, workspaceId)).map((t) => [keywordKey(t.name), t.id]),
  );
  const placed: string[] = [];
  for (const c of candidates) {
    const single = words(c) === 1;
    const decision = placePhrase({
      key: c.key,
      docCount: c.doc_count,
      topicOfWord: (stem) => known.get(stem),
      namedTopicId: named.get(c.key),
      cooccurring: single ? await company(tx, workspaceId, c.key, rules, known) : [],
    });
    if ('wait' in decision) continue;
    const topicId =
      'join' in decision ? decision.join : await startTopic(tx, workspaceId, c.phrase, now);
    await setPhrasesTopic(tx, workspaceId, [c.key], topicId, false);
    known.set(c.key, topicId);
    placed.push(c.key);
  }
  return placed;
}

/** For a word's latest texts: how many are in each topic, as they would be assigned now. */
async function company(
  tx: Db,
  workspaceId: string,
  key: string,
  rules: readonly KeywordRule[],
  known: Map<string, string>,
) {
  const texts = await latestTextsWithPhrase(tx, workspaceId, key, COMPANY_SAMPLE);
  const unknown = [...new Set(texts.flatMap((t) => t.phrases))].filter((k) => !known.has(k));
  for (const [k, topicId] of await topicsOfPhrases(tx, workspaceId, unknown)) known.set(k, topicId);
  const docs = new Map<string, number>();
  for (const text of texts) {
    for (const a of assignTopics(text, rules, (k) => known.get(k))) {
      docs.set(a.topicId, (docs.get(a.topicId) ?? 0) + 1);
    }
  }
  return [...docs]
    .map(([topicId, n]) => ({ topicId, docs: n }))
    .sort((a, b) => b.docs - a.docs || cmp(a.topicId, b.topicId));
}

async function startTopic(tx: Db, workspaceId: string, phrase: string, at: Date) {
  const id = randomUUID();
  const name = topicNameOf(phrase);
  if (await insertTopic(tx, { id, workspace_id: workspaceId, name, origin: 'auto', at })) return id;
  // A topic of that name exists under other stems ("News" for "new"): the phrase joins it.
  return (await findTopicByName(tx, workspaceId, name))!.id;
}

const words = (p: PhraseRow) => p.key.split(' ').length;
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
