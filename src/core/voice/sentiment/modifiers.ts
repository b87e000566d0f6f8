import type { Token } from './tokenize.js';

/**
 * Rule constants from VADER (Hutto & Gilbert, "VADER: A Parsimonious Rule-based Model for
 * Sentiment Analysis of Social Media Text", ICWSM 2014), where each was measured with human
 * raters on the -4..4 valence scale the lexicon uses. None is fitted to our evaluation data.
 */
export const RULES = {
  /** Added to a word's strength by a preceding intensifier, taken away by a diminisher. */
  boost: 0.293,
  /** Added to a word's strength when it is in capitals inside mixed-case text. */
  capitals: 0.733,
  /** A negated word keeps about three quarters of its strength, with the opposite sign. */
  negation: -0.74,
  /** Before "but" a clause counts half; after it, one and a half. */
  beforeContrast: 0.5,
  afterContrast: 1.5,
  /** Each of up to four exclamation marks strengthens the whole text a little. */
  exclamation: 0.292,
  maxExclamations: 4,
  /** The sum s of valences is mapped to s / sqrt(s² + alpha), into -1..1. */
  alpha: 15,
} as const;

const INTENSIFIERS = new Set([
  'very', 'really', 'extremely', 'so', 'super', 'incredibly', 'absolutely', 'totally',
  'completely', 'highly', 'truly', 'especially', 'exceptionally', 'remarkably', 'utterly',
  'deeply', 'hugely', 'seriously', 'insanely', 'ridiculously', 'thoroughly', 'fully', 'such',
  'too', 'amazingly', 'terribly', 'awfully', 'unbelievably', 'particularly', 'enormously',
  'immensely', 'exceedingly', 'genuinely', 'definitely', 'damn', 'freaking', 'fucking', 'most',
  'way', 'majorly', 'purely', 'entirely', 'tremendously', 'real', 'quite',
]); // prettier-ignore

const DIMINISHERS = new Set([
  'slightly', 'somewhat', 'kinda', 'sorta', 'barely', 'hardly', 'scarcely', 'marginally',
  'partly', 'mildly', 'moderately', 'fairly', 'rather', 'occasionally', 'less', 'little',
  'almost', 'nearly',
]); // prettier-ignore

/** Which way a modifier pushes the next rated word, and how many tokens it spans. */
export interface Modifier {
  sign: 1 | -1;
  span: 1 | 2;
}

/**
 * The intensifier or diminisher starting at `words[i]`, or null. Two-word diminishers ("kind
 * of", "sort of", "a bit", "a little") are recognised here so their parts ("kind" is rated
 * positive on its own) are not scored as words.
 */
export function modifierAt(tokens: readonly Token[], i: number): Modifier | null {
  const word = tokens[i]!.lower;
  const next = tokens[i + 1]?.lower;
  if ((word === 'kind' || word === 'sort') && next === 'of') return { sign: -1, span: 2 };
  if (word === 'a' && (next === 'bit' || next === 'little' || next === 'tad')) {
    return { sign: -1, span: 2 };
  }
  if (INTENSIFIERS.has(word)) return { sign: 1, span: 1 };
  if (DIMINISHERS.has(word)) return { sign: -1, span: 1 };
  return null;
}
