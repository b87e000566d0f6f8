import { scoreSentiment, type Sentiment } from '../voice/sentiment/score-sentiment.js';

/**
 * At or below this score a message is clearly negative: an angry or fed-up customer ("this is
 * ridiculous, nobody helps me!", "useless bot, I am so angry"), not a mild doubt ("not sure
 * that answers it", 0) or a disappointed aside (about -0.3). The lexicon also scores a plain
 * problem report low ("I lost my password", about -0.5), so the line sits below those.
 */
export const CLEARLY_NEGATIVE = -0.6;

// A message that ends in one question mark asks something ("my beer tastes sour and bad, is the
// yeast dead?"): the words are negative because the problem is, and the assistant may know the
// answer. Emphatic "??" or "?!" read as exasperation and still count.
const PLAIN_QUESTION = /(^|[^?!])\?\s*$/;

/** Whether a scored message is upset enough that people, not the bot, should answer it. */
export function isClearlyNegative(mood: Sentiment, text: string): boolean {
  return mood.label === 'negative' && mood.score <= CLEARLY_NEGATIVE && !PLAIN_QUESTION.test(text);
}

/** Scores a customer's message (core/voice/sentiment) and applies the line above. */
export const soundsUpset = (text: string): boolean => isClearlyNegative(scoreSentiment(text), text);
