import { lexicon } from './lexicon.js';
import { RULES, modifierAt } from './modifiers.js';
import { NEGATION_REACH, NEVER_AGAIN, keepsSign, negatesAt } from './negation.js';
import type { Token } from './tokenize.js';

const CONTRAST = new Set(['but', 'however']);

// "like" is rated as the verb ("I like it", "we really like", "didn't like"), but in reviews
// it often compares ("tasted like cardboard", "waited like an hour"): only a subject or an
// adverb before it makes it the verb.
const LIKE_AS_VERB = new Set([
  'i', 'we', 'you', 'they', 'he', 'she', 'really', 'also', 'just', 'still', 'truly', 'always',
  'definitely', 'totally', 'do', 'did', 'does', 'to', "don't", "didn't", "doesn't", 'dont',
  'didnt', 'doesnt',
]); // prettier-ignore

/** What the walk remembers between tokens; clause and sentence ends reset parts of it. */
interface Walk {
  scores: number[];
  /** Where the current sentence's scores start, for "but" to weaken what came before it. */
  sentenceStart: number;
  afterContrast: boolean;
  negator: number;
  /** Words the last negation still reaches. */
  reach: number;
  boost: number;
  /** Unrated words since the pending intensifier; it lapses after two. */
  boostAge: number;
  never: boolean;
}

/**
 * The summed valence of the rated words and symbols of `tokens`, each adjusted by the rules:
 * intensifiers, capitals, negation, "never … again" and "but" contrast within its sentence.
 */
export function sumValence(tokens: readonly Token[]): number {
  const walk: Walk = {
    scores: [],
    sentenceStart: 0,
    afterContrast: false,
    negator: -1,
    reach: 0,
    boost: 0,
    boostAge: 0,
    never: false,
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'word') i += word(walk, tokens, i);
    else if (token.kind === 'symbol') push(walk, lexicon().symbol(token.lower) ?? 0);
    else endClause(walk, token.kind === 'sentence');
  }
  let sum = 0;
  for (const s of walk.scores) sum += s;
  return sum;
}

/** Handles the word at `i`; returns how many following tokens it also consumed. */
function word(walk: Walk, tokens: readonly Token[], i: number): number {
  const { lower } = tokens[i]!;
  const next = tokens[i + 1];
  const phrase = next?.kind === 'word' ? lexicon().phrase(lower, next.lower) : undefined;
  if (phrase !== undefined) {
    rated(walk, tokens, i, phrase);
    return 1;
  }
  if (CONTRAST.has(lower) && next?.lower !== 'also') return contrast(walk);
  if (negatesAt(tokens, i)) {
    walk.negator = i;
    walk.reach = NEGATION_REACH;
    walk.never ||= lower === 'never';
    return 0;
  }
  if (lower === 'again' && walk.never) {
    walk.never = false;
    push(walk, NEVER_AGAIN);
    return 0;
  }
  const modifier = modifierAt(tokens, i);
  if (modifier && tokens[i + modifier.span]?.kind === 'word') {
    walk.boost += modifier.sign * RULES.boost;
    walk.boostAge = 0;
    walk.reach = Math.max(0, walk.reach - 1);
    return modifier.span - 1;
  }
  const isVerbLike = lower !== 'like' || LIKE_AS_VERB.has(tokens[i - 1]?.lower ?? '');
  const valence = isVerbLike ? lexicon().word(lower) : undefined;
  if (valence === undefined || valence === 0) unrated(walk);
  else rated(walk, tokens, i, valence);
  return 0;
}

function rated(walk: Walk, tokens: readonly Token[], i: number, valence: number): void {
  const sign = Math.sign(valence);
  let v = valence + sign * walk.boost;
  if (tokens[i]!.shouted) v += sign * RULES.capitals;
  if (walk.reach > 0 && !keepsSign(tokens, walk.negator, tokens[i]!.lower)) v *= RULES.negation;
  walk.reach = Math.max(0, walk.reach - 1);
  walk.boost = 0;
  push(walk, v);
}

function unrated(walk: Walk): void {
  walk.reach = Math.max(0, walk.reach - 1);
  if (++walk.boostAge > 2) walk.boost = 0;
}

function push(walk: Walk, valence: number): void {
  walk.scores.push(walk.afterContrast ? valence * RULES.afterContrast : valence);
}

function contrast(walk: Walk): number {
  for (let j = walk.sentenceStart; j < walk.scores.length; j++) {
    walk.scores[j]! *= RULES.beforeContrast;
  }
  walk.afterContrast = true;
  endClause(walk, false);
  return 0;
}

function endClause(walk: Walk, endsSentence: boolean): void {
  walk.reach = 0;
  walk.boost = 0;
  walk.never = false;
  if (!endsSentence) return;
  walk.sentenceStart = walk.scores.length;
  walk.afterContrast = false;
}
