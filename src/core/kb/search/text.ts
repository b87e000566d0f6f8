import { stem } from './stemmer.js';

// Words that carry no topic: English function words and the fillers of everyday questions
// (after the classic SMART and Glasgow stop lists). Matching them says nothing about whether an
// article is relevant, and a question full of them must not look "uncovered" either.
const STOP_WORDS = new Set(
  `a about above after again against all almost already also although always am among an and
  another any anybody anyhow anyone anything anyway anywhere are around as at be became because
  become becomes becoming been before being below beside besides between both but by can cannot
  could did do does doing done down during each either else elsewhere enough etc even ever every
  everybody everyone everything everywhere few for from further had has have having he hence her
  here hers herself him himself his how however i ie if in indeed instead into is it its itself
  just least less lest me meanwhile might more moreover most mostly much must my myself namely
  neither never nevertheless no nobody none nor not nothing now nowhere of off often on once only
  onto or other others otherwise ought our ours ourselves out over own per perhaps quite rather
  really same she should since so some somebody somehow someone something sometime sometimes
  somewhat somewhere soon still such than that the their theirs them themselves then thence there
  thereafter thereby therefore these they this those though through throughout thru thus to
  together too toward towards under unless until up upon us very via was we well were what
  whatever when whence whenever where whereas wherever whether which while whither who whoever
  whole whom whose why will with within without would yet you your yours yourself yourselves
  im ive id ill youre youve dont doesnt didnt cant wont isnt arent wasnt werent havent hasnt
  hadnt shouldnt wouldnt couldnt lets thats whats theres hows whos get gets got getting may shall
  please thanks thank hi hello hey ok okay yes yeah want wants wanted need needs like know tell
  let make sure one`
    .split(/\s+/)
    .filter(Boolean),
);

/** Lower case, accents removed, apostrophes dropped ("don't" → "dont", "Nike's" → "nike"). */
export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/['’]/g, '');
}

/** The words of a text, in order, before stop words and stemming. */
export function words(text: string): string[] {
  return normalize(text).match(/[a-z0-9]+/g) ?? [];
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

// Stemming is the hot path of indexing and snippets; most words repeat, so remember them.
const stemCache = new Map<string, string>();

export function stemWord(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = stem(word);
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

/** The searchable terms of a text: words minus stop words, stemmed, in order (repeats kept). */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    if (w.length < 2 && !/\d/.test(w)) continue;
    if (STOP_WORDS.has(w)) continue;
    out.push(stemWord(w));
  }
  return out;
}

/** Markdown to plain text for indexing and snippets; formatting marks go, words stay. */
export function markdownToText(md: string): string {
  return md
    .replace(/```[^\n]*\n([\s\S]*?)```/g, '$1')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/^\s*>\s?/gm, '')
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, '')
    .replace(/[*_`~]+/g, '')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/**
 * Where the sentences of plain text start and end: split at line breaks and at
 * sentence-ending punctuation followed by a capital, a digit or a quote.
 */
export function sentenceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const boundary = /\n+|(?<=[.!?])\s+(?=[A-Z0-9"'(])/g;
  let start = 0;
  const push = (end: number) => {
    const part = text.slice(start, end);
    const lead = part.length - part.trimStart().length;
    const trimmed = part.trim();
    if (trimmed) spans.push([start + lead, start + lead + trimmed.length]);
  };
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    push(m.index);
    start = m.index + m[0].length;
  }
  push(text.length);
  return spans;
}
