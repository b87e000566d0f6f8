import { questionFrame } from './question-frame.js';
import { words, isStopWord, stemWord } from './text.js';
import type { Vocabulary } from './vocabulary.js';

/** A vocabulary term a query term is searched as: itself, or a correction of a typo. */
export interface Expansion {
  term: string;
  /** 1 for the term itself; less for a correction, the more edits the less. */
  weight: number;
  idf: number;
}

/** One meaningful word of a query and how the index understood it. */
export interface QueryTerm {
  word: string;
  term: string;
  match: 'exact' | 'typo' | 'unknown';
  /** How rare (informative) the term is; unknown words count as rare as the rarest known. */
  idf: number;
  expansions: Expansion[];
  /**
   * An optional hint of what the answer contains ("days" for "how long"), not a word of the
   * question: it helps ranking and sentence choice at HINT_WEIGHT, never counts as uncovered.
   */
  hint?: boolean;
}

/** How much a hint counts next to a word the customer typed. */
export const HINT_WEIGHT = 0.5;

/** The weight a query term gives a match of expansion `e`. */
export const matchWeight = (t: QueryTerm, e: Expansion) =>
  e.idf * e.weight * (t.hint ? HINT_WEIGHT : 1);

/** At most this many meaningful words are searched (each gets a bit in a match mask). */
export const MAX_QUERY_TERMS = 31;
const TYPO_WEIGHT = [1, 0.7, 0.5];

/** BM25's inverse document frequency: ln(1 + (N - df + 0.5) / (df + 0.5)). */
export function idf(df: number, n: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** Stems the query's meaningful words and resolves each against the vocabulary. */
export function analyzeQuery(
  query: string,
  vocabulary: Vocabulary,
  df: (term: string) => number,
  n: number,
): QueryTerm[] {
  const seen = new Set<string>();
  const out: QueryTerm[] = [];
  const all = words(query);
  const { frame, hints } = questionFrame(all);
  for (const [i, word] of all.entries()) {
    if (frame.has(i) || isStopWord(word) || (word.length < 2 && !/\d/.test(word))) continue;
    const term = stemWord(word);
    if (seen.has(term)) continue;
    seen.add(term);
    out.push(resolve(word, term, vocabulary, df, n));
    if (out.length === MAX_QUERY_TERMS) return out;
  }
  // The hints are one optional term (their best match counts), spelt as the articles spell
  // them (no typo corrections).
  const known = hints.map(stemWord).filter((t) => !seen.has(t) && df(t) > 0);
  if (known.length && out.length < MAX_QUERY_TERMS) {
    const expansions = known.map((term) => ({ term, weight: 1, idf: idf(df(term), n) }));
    const strongest = Math.max(...expansions.map((e) => e.idf));
    out.push({ word: hints[0]!, term: known[0]!, match: 'exact', idf: strongest, expansions });
    out[out.length - 1]!.hint = true;
  }
  return out;
}

function resolve(
  word: string,
  term: string,
  vocabulary: Vocabulary,
  df: (term: string) => number,
  n: number,
): QueryTerm {
  const known = df(term);
  if (known > 0) {
    const weight = idf(known, n);
    return {
      word,
      term,
      match: 'exact',
      idf: weight,
      expansions: [{ term, weight: 1, idf: weight }],
    };
  }
  const expansions = vocabulary.corrections(term, df, 2).map((c) => ({
    term: c.term,
    weight: TYPO_WEIGHT[c.distance] ?? 0,
    idf: idf(df(c.term), n),
  }));
  // An unseen word weighs as much as the rarest word the articles have: in a small knowledge
  // base that keeps it from outweighing everything, in a large one it is nearly idf(0).
  if (expansions.length === 0) return { word, term, match: 'unknown', idf: idf(1, n), expansions };
  return { word, term, match: 'typo', idf: expansions[0]!.idf, expansions };
}
