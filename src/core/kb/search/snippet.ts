import { matchWeight, type QueryTerm } from './query.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * An article's plain text with its sentences as vocabulary ids, built once when indexed, so
 * picking the best sentence of a hit is a scan over a few hundred integers.
 */
export interface DocText {
  text: string;
  /** The term ids of each sentence in order; -1 ends a sentence. */
  seq: Int32Array;
  /** Start and end offsets in `text` of each sentence. */
  bounds: Int32Array;
}

/** A query as vocabulary ids: each id stands for query term `bits` with `weight` (idf). */
export interface QueryIds {
  ids: number[];
  bits: number[];
  /** Per query term: its weight when a sentence holds it. */
  weights: number[];
}

export interface SentenceMatch {
  index: number;
  text: string;
  /** The idf of the query terms the sentence holds. */
  score: number;
  /** Bit i set when the sentence holds query term i. */
  mask: number;
}

export function queryIds(query: readonly QueryTerm[], vocabulary: Vocabulary): QueryIds {
  const q: QueryIds = { ids: [], bits: [], weights: [] };
  query.forEach((t, i) => {
    q.weights.push(Math.max(0, ...t.expansions.map((e) => matchWeight(t, e))));
    for (const e of t.expansions) {
      const id = vocabulary.idOf(e.term);
      if (id === undefined) continue;
      q.ids.push(id);
      q.bits.push(1 << i);
    }
  });
  return q;
}

/** The sentences holding at least one query term, in the article's order. */
export function matchSentences(doc: DocText, q: QueryIds): SentenceMatch[] {
  const out: SentenceMatch[] = [];
  let index = 0;
  let mask = 0;
  const { seq } = doc;
  for (let i = 0; i < seq.length; i++) {
    const id = seq[i]!;
    if (id === -1) {
      if (mask !== 0) out.push(match(doc, q, index, mask));
      index++;
      mask = 0;
      continue;
    }
    for (let k = 0; k < q.ids.length; k++) if (q.ids[k] === id) mask |= q.bits[k]!;
  }
  return out;
}

function match(doc: DocText, q: QueryIds, index: number, mask: number): SentenceMatch {
  let score = 0;
  for (let b = 0; b < q.weights.length; b++) if (mask & (1 << b)) score += q.weights[b]!;
  return { index, text: sentenceText(doc, index), score, mask };
}

export function sentenceText(doc: DocText, index: number): string {
  return doc.text.slice(doc.bounds[2 * index], doc.bounds[2 * index + 1]);
}

/**
 * The sentence that best matches the query, cut to `maxChars` (the first one if none does),
 * with its score and how many of the query's terms it holds.
 */
export function bestSentence(
  doc: DocText,
  q: QueryIds,
  maxChars: number,
): { text: string; score: number; terms: number } {
  let best: SentenceMatch | undefined;
  for (const m of matchSentences(doc, q)) if (!best || m.score > best.score) best = m;
  if (!best) {
    const first = doc.bounds.length ? sentenceText(doc, 0) : '';
    return { text: clip(first, maxChars), score: 0, terms: 0 };
  }
  let terms = 0;
  for (let m = best.mask; m !== 0; m &= m - 1) terms++;
  return { text: clip(best.text, maxChars), score: best.score, terms };
}

/** Cuts at a word boundary and marks the cut. */
export function clip(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxChars / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}
