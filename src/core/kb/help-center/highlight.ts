import { isStopWord, stemWord, words } from '../search/text.js';

/** A run of text, to be shown marked (it matched the query) or plain. Never HTML. */
export interface TextSegment {
  text: string;
  mark: boolean;
}

// A "word" as a reader sees it, apostrophes and accents included ("don't", "Kölsch").
const TOKEN = /[\p{L}\p{N}'’]+/gu;

/**
 * Splits text into marked and plain runs: a word is marked when it stems to one of `terms`
 * (the query's terms and their typo corrections), so "yaest" highlights "yeast". Returns plain
 * text segments; whoever renders them escapes the text, so highlighting can never inject markup.
 */
export function highlight(text: string, terms: ReadonlySet<string>): TextSegment[] {
  const out: TextSegment[] = [];
  let last = 0;
  const push = (segment: string, mark: boolean) => {
    if (!segment) return;
    const prev = out.at(-1);
    if (prev && prev.mark === mark) prev.text += segment;
    else out.push({ text: segment, mark });
  };
  for (const token of text.matchAll(TOKEN)) {
    if (!matches(token[0], terms)) continue;
    push(text.slice(last, token.index), false);
    push(token[0], true);
    last = token.index + token[0].length;
  }
  push(text.slice(last), false);
  return out;
}

const matches = (token: string, terms: ReadonlySet<string>) =>
  words(token).some((w) => !isStopWord(w) && terms.has(stemWord(w)));
