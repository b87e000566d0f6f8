import { clip } from '../search/snippet.js';
import { plainText } from './plain-text.js';
import { DECLINE_TOKEN } from './prompt.js';

/** A usable reply: the text and the passage numbers it cites, in order of first citation. */
export interface ModelAnswer {
  text: string;
  cited: number[];
}

const MAX_ANSWER_CHARS = 800;
// [1], [2][3] and also [1, 2], which models write too.
const MARKER = /\[(\s*\d+(?:\s*,\s*\d+)*\s*)\]/g;

/**
 * Reads the model's reply against the passages it was given. Undefined means decline: the
 * model said it cannot answer, or it cited nothing that exists (an uncited answer is not
 * grounded in the articles, so it is never shown). Citations of passages that do not exist are
 * removed from the text.
 */
export function readReply(content: string, passageCount: number): ModelAnswer | undefined {
  const text = clip(plainText(content), MAX_ANSWER_CHARS);
  if (!text || text.includes(DECLINE_TOKEN)) return undefined;
  const cited: number[] = [];
  const rewritten = text.replace(MARKER, (_, list: string) => {
    const valid = list
      .split(',')
      .map(Number)
      .filter((n) => Number.isInteger(n) && n >= 1 && n <= passageCount);
    for (const n of valid) if (!cited.includes(n)) cited.push(n);
    return valid.map((n) => `[${n}]`).join('');
  });
  if (!cited.length) return undefined;
  return { text: tidy(rewritten), cited };
}

/** Removing a marker can leave "word ." or double spaces behind. */
const tidy = (s: string) =>
  s
    .replace(/[ \t]+([.,;:!?])/g, '$1')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
