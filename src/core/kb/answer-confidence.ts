import { idf } from './search/query.js';
import type { SearchHit, SearchOutcome } from './search/search-index.js';
import { terms } from './search/text.js';

/** The signals behind an answer-or-decline decision, kept for tests and tuning reports. */
export interface Evidence {
  /** Share of the question's information (idf-weighted words) the article holds, 0..1. */
  coverage: number;
  /** Meaningful words of the question the knowledge base has never seen (nor a near spelling). */
  unknown: number;
  /** Meaningful words (numbers aside) matched in the article, and in all. */
  matched: number;
  words: number;
  /** Whether a word of the question is in the article's title. */
  inTitle: boolean;
  /** Whether the title names the kind of answer asked for ("Status Due Amount" for "how much"). */
  hintInTitle: boolean;
}

// How much a corrected spelling counts as the word: a long word one edit away is very likely
// a typo ("colour", "adress"); a short real word one edit from a known one ("timer" → "time",
// "bank" → "back") usually is not.
function typoTrust(word: string, weight: number): number {
  if (weight >= 1) return 1;
  return word.length >= 6 ? weight : weight * 0.3;
}

export function evidenceFor(hit: SearchHit, outcome: SearchOutcome): Evidence {
  const unseen = idf(1, Math.max(outcome.size, 1));
  const title = new Set(terms(hit.article.title));
  let total = 0;
  let covered = 0;
  let matched = 0;
  let words = 0;
  let unknown = 0;
  let inTitle = false;
  let hintInTitle = false;
  outcome.terms.forEach((t, i) => {
    if (t.hint) hintInTitle = t.expansions.some((x) => title.has(x.term));
    // Numbers ("$40", "100") are searchable but say nothing about the topic; hints are not
    // the customer's words at all.
    if (t.hint || /^\d+$/.test(t.term)) return;
    words++;
    if (t.match === 'unknown') unknown++;
    if (!(hit.matched & (1 << i))) {
      total += t.match === 'exact' ? t.idf : unseen;
      return;
    }
    const e = t.expansions.find((x) => title.has(x.term)) ?? t.expansions[0]!;
    const trust = typoTrust(t.word, e.weight);
    total += t.idf;
    covered += t.idf * trust;
    matched++;
    if (title.has(e.term)) inTitle = true;
  });
  const coverage = total > 0 ? covered / total : 0;
  return { coverage, unknown, matched, words, inTitle, hintInTitle };
}

export const ANSWER_THRESHOLD = 0.5;

// Tuned on CLINC150 oos_train and the train split of the unrelated intents (declines) and the
// hand-written store questions (answers); oos_val and the val split stay unseen for the report.
const TITLE_BONUS = 0.2;
const COVERAGE_AT_THRESHOLD = 0.7;

/**
 * A confidence in 0..1 that the article answers the question; ANSWER_THRESHOLD is the line
 * between answering and declining. Coverage carries it: an article that holds the question's
 * rare words is about the question, and a word the knowledge base has never seen counts as
 * uncovered, as heavily as its rarest known word, so questions about other subjects fall below
 * the line. A
 * question word in the article's title is extra evidence; a one-word question whose word is
 * not in the title is weak evidence.
 */
export function confidenceOf(e: Evidence): number {
  if (e.words === 0 || e.matched === 0) return 0;
  let c = e.coverage;
  if (e.words === 1 && !e.inTitle && !e.hintInTitle) c *= 0.6;
  if (e.inTitle) c += TITLE_BONUS;
  return clamp(ANSWER_THRESHOLD + (c - COVERAGE_AT_THRESHOLD) * 1.25);
}

const clamp = (x: number) => Math.max(0, Math.min(1, Math.round(x * 1000) / 1000));
