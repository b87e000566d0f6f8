import { normalize, stemWord } from '../kb/search/text.js';
import { canEndPhrase, isTopicWord } from './topic-words.js';

/** A phrase that may name what a text is about. */
export interface KeyPhrase {
  /** Its words' stems, space separated: "late deliveri" for "late delivery" and "late deliveries". */
  key: string;
  /** As the customer wrote it, lower case. */
  text: string;
}

/** Longer phrases are rare enough across texts that they never become key phrases. */
export const MAX_PHRASE_WORDS = 3;
/** A long complaint yields many candidates; the first ones are kept. */
export const MAX_PHRASES_PER_TEXT = 40;

/** Lower case words, each clause (between punctuation marks) on its own. */
function clauses(text: string): string[][] {
  return normalize(text)
    .replace(/([a-z0-9])-(?=[a-z0-9])/g, '$1 ')
    .split(/[^a-z0-9\s]+/)
    .map((clause) => clause.split(/\s+/).filter(Boolean))
    .filter((words) => words.length > 0);
}

/**
 * The candidate key phrases of a text, after the way RAKE cuts text: stop words, judgements
 * ("great", "rude"), verbs and punctuation end a run of words, and each run gives its phrases
 * of one to three words that end on a word able to carry a noun phrase ("damaged parcel",
 * "parcel", but not "damaged" alone). Each phrase appears once, in order of first use.
 */
export function keyPhrases(text: string): KeyPhrase[] {
  return phrasesOf(clauses(text));
}

function phrasesOf(parts: string[][]): KeyPhrase[] {
  const found = new Map<string, KeyPhrase>();
  for (const words of parts) {
    let run: string[] = [];
    for (const word of [...words, '']) {
      if (word && isTopicWord(word)) {
        run.push(word);
        continue;
      }
      addRun(run, found);
      run = [];
    }
  }
  return [...found.values()].slice(0, MAX_PHRASES_PER_TEXT);
}

function addRun(run: string[], found: Map<string, KeyPhrase>) {
  for (let end = 0; end < run.length; end++) {
    if (!canEndPhrase(run[end]!)) continue;
    for (let size = 1; size <= MAX_PHRASE_WORDS && end - size + 1 >= 0; size++) {
      const words = run.slice(end - size + 1, end + 1);
      const key = words.map(stemWord).join(' ');
      if (!found.has(key)) found.set(key, { key, text: words.join(' ') });
    }
  }
}

/**
 * Every word of a text stemmed, stop words included, padded with spaces: " the deliveri wa
 * late ". A keyword (its own termsOf without the padding) is in a text when the text's terms
 * contain it between spaces, so "delivery" matches "deliveries" but not "redelivery".
 */
export function termsOf(text: string): string {
  return termsFrom(clauses(text));
}

const termsFrom = (parts: string[][]) => ` ${parts.flat().map(stemWord).join(' ')} `;

/** keyPhrases and termsOf of one text, reading it once. */
export function phrasesAndTerms(text: string): { phrases: KeyPhrase[]; terms: string } {
  const parts = clauses(text);
  return { phrases: phrasesOf(parts), terms: termsFrom(parts) };
}

/** A keyword's stems as they are matched against termsOf: "Late deliveries" -> "late deliveri". */
export const keywordKey = (keyword: string) => termsOf(keyword).trim();

/** Whether a text's terms (from termsOf) contain a keyword key. */
export const hasKeyword = (terms: string, key: string) => key !== '' && terms.includes(` ${key} `);
