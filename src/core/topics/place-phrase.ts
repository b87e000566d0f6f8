import { isVagueStem } from './topic-words.js';

/** A phrase joins an existing topic once this many texts use it. */
export const JOIN_SUPPORT = 2;
/** A single word starts a topic of its own once this many texts use it. */
export const START_SUPPORT = 3;
/** Share of a word's texts that must also be in a topic for the word to join it. */
export const COOCCURRENCE_SHARE = 0.5;

export interface PhraseFacts {
  key: string;
  docCount: number;
  /** The topic of a single-word phrase, by its stem. */
  topicOfWord: (stem: string) => string | undefined;
  /** A topic whose name is this word (an admin may have made it before anyone wrote it). */
  namedTopicId?: string | undefined;
  /** For the texts using this phrase: how many use another phrase of each topic, most first. */
  cooccurring: readonly { topicId: string; docs: number }[];
}

export type Placement = { join: string } | { start: true } | { wait: true };

/**
 * Where a frequent phrase goes, without a person. A phrase of several words joins the topic of
 * its main word (the last one that is not vague: "late delivery" goes with "delivery", "delivery
 * issue" too); the same stem means the same topic. A single word joins a topic named after it,
 * else the topic that most of its texts are also in (words that come together, like "refund"
 * and "money back"), else it starts a topic of its own once it is frequent enough.
 */
export function placePhrase(p: PhraseFacts): Placement {
  if (p.docCount < JOIN_SUPPORT) return { wait: true };
  const stems = p.key.split(' ');
  if (stems.length > 1) {
    for (const stem of [...stems].reverse()) {
      if (isVagueStem(stem)) continue;
      const topicId = p.topicOfWord(stem);
      if (topicId) return { join: topicId };
    }
    return { wait: true };
  }
  if (p.namedTopicId) return { join: p.namedTopicId };
  const best = p.cooccurring[0];
  if (best && best.docs >= JOIN_SUPPORT && best.docs / p.docCount >= COOCCURRENCE_SHARE) {
    return { join: best.topicId };
  }
  return p.docCount >= START_SUPPORT ? { start: true } : { wait: true };
}
