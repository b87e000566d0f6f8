import type { SearchIndex, SearchOutcome, SearchHit } from '../search/search-index.js';
import { clip } from '../search/snippet.js';

/** What the model may answer from: one numbered excerpt per retrieved article. */
export interface Passage {
  /** Its number in the prompt, [1]-based, as the model cites it. */
  n: number;
  hit: SearchHit;
  text: string;
}

export const PASSAGE_ARTICLES = 3;
const SENTENCES_PER_PASSAGE = 3;
const MAX_PASSAGE_CHARS = 700;

/**
 * The best sentences of each of the top articles, in the article's order (so they read as
 * written). Only these reach the model: never a whole article, never another workspace's text.
 */
export function passagesFor(index: SearchIndex, outcome: SearchOutcome): Passage[] {
  return outcome.hits.slice(0, PASSAGE_ARTICLES).map((hit, i) => ({
    n: i + 1,
    hit,
    text: excerpt(index, outcome, hit),
  }));
}

function excerpt(index: SearchIndex, outcome: SearchOutcome, hit: SearchHit): string {
  const best = index
    .sentencesMatching(hit.article.id, outcome.terms)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, SENTENCES_PER_PASSAGE)
    .sort((a, b) => a.index - b.index);
  const text = best.length ? best.map((m) => m.text).join(' ') : hit.snippet;
  return clip(text, MAX_PASSAGE_CHARS);
}
