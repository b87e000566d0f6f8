import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Measurement support for the accuracy test and `npm run bench -- sentiment`, not used by the
 * product: the UCI labelled sentences (Kotzias et al., 2015) kept in ../shared/data/sentiment.
 */
export interface LabelledSentence {
  text: string;
  /** 1 positive, 0 negative. */
  class: 0 | 1;
}

export type SentimentSet = 'yelp' | 'imdb';

/** The set's 1,000 sentences, read from ../shared/data beside the project root (the cwd). */
export function loadLabelledSentences(set: SentimentSet): LabelledSentence[] {
  const file = path.resolve(process.cwd(), '../shared/data/sentiment', `${set}.json`);
  const rows: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(rows)) throw new Error(`${file}: expected a JSON array`);
  const sentences: LabelledSentence[] = [];
  rows.forEach((row: { text?: unknown; class?: unknown }, i) => {
    // The files end with {"text": "", "class": null}, left by the conversion of a final newline.
    if (row.text === '' && row.class === null) return;
    if (typeof row.text !== 'string' || (row.class !== 0 && row.class !== 1)) {
      throw new Error(`${file}: row ${i} is not {text, class: 0|1}`);
    }
    sentences.push({ text: row.text, class: row.class });
  });
  return sentences;
}

/** Share of sentences (0..1) whose class `isPositive` gets right. */
export function accuracy(
  sentences: readonly LabelledSentence[],
  isPositive: (text: string) => boolean,
): number {
  if (sentences.length === 0) return 0;
  let right = 0;
  for (const s of sentences) if (isPositive(s.text) === (s.class === 1)) right++;
  return right / sentences.length;
}
