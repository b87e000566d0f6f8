import type { Token } from './tokenize.js';

const NEGATORS = new Set([
  'not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'nowhere', 'cannot',
  'without', 'aint', 'dont', 'cant', 'wont', 'isnt', 'wasnt', 'didnt', 'doesnt', 'arent',
  'werent', 'havent', 'hasnt', 'hadnt', 'shouldnt', 'wouldnt', 'couldnt', 'mustnt', 'neednt',
  'rarely', 'seldom',
]); // prettier-ignore

/** How many following words a negation reaches, unless punctuation ends its clause first. */
export const NEGATION_REACH = 3;

/**
 * "Never … again" is a verdict in itself ("never again would I", "will never eat here again"),
 * even when no rated word sits between; it counts like a clearly negative word.
 */
export const NEVER_AGAIN = -2;

/** Whether the word at `i` starts a negation ("not", "never", "didn't", "dont", …). */
export function negatesAt(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]!.lower;
  if (!NEGATORS.has(word) && !word.endsWith("n't")) return false;
  // "not only … but also" adds rather than denies.
  return !(word === 'not' && tokens[i + 1]?.lower === 'only');
}

/**
 * A negated comparison at its extreme keeps its sign: "could not be happier", "couldn't have
 * been better" and "never felt better" praise, "couldn't be worse" complains. A plain "not
 * better" still flips.
 */
export function keepsSign(tokens: readonly Token[], negator: number, word: string): boolean {
  if (!isComparative(word)) return false;
  const neg = tokens[negator]!.lower;
  if (neg === 'never' || neg === "couldn't" || neg === 'couldnt') return true;
  return neg === 'not' && tokens[negator - 1]?.lower === 'could';
}

function isComparative(word: string): boolean {
  return word === 'better' || word === 'worse' || (word.length > 4 && word.endsWith('er'));
}
