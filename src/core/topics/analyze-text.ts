import type { SourceText } from '../../db/queries/feedback-sources.js';
import type { NewFeedbackText } from '../../db/queries/feedback-texts.js';
import { scoreSentiment } from '../voice/sentiment/score-sentiment.js';
import { phrasesAndTerms, type KeyPhrase } from './key-phrases.js';

/** Enough of a text to recognise it in a list; the whole text stays where it was written. */
export const EXCERPT_CHARS = 280;

export interface AnalysedText {
  row: NewFeedbackText;
  phrases: KeyPhrase[];
}

/** One customer text's sentiment, key phrases and stems, ready to store. */
export function analyzeText(source: SourceText, now: Date): AnalysedText {
  const { body, ...where } = source;
  const sentiment = scoreSentiment(body);
  const { phrases, terms } = phrasesAndTerms(body);
  const flat = body.replace(/\s+/g, ' ').trim();
  const excerpt = flat.length > EXCERPT_CHARS ? `${flat.slice(0, EXCERPT_CHARS - 1)}…` : flat;
  return {
    row: {
      ...where,
      excerpt,
      sentiment: Math.round(sentiment.score * 1000) / 1000,
      sentiment_label: sentiment.label,
      terms,
      phrases: phrases.map((p) => p.key),
      analyzed_at: now,
    },
    phrases,
  };
}

/**
 * Builds the word lists and patterns text analysis needs (about 15 ms, once per process), so
 * the first customer text after start-up does not pay for it in the middle of a chat.
 */
export function prepareTextAnalysis(): void {
  scoreSentiment('Thanks, this works :)');
  phrasesAndTerms('The parcel arrived late');
}
