import { hasKeyword } from './key-phrases.js';

export interface KeywordRule {
  topicId: string;
  /** The keyword's stems (keywordKey). */
  keywordKey: string;
}

export interface Assignment {
  topicId: string;
  via: 'rule' | 'phrase';
}

/** Beyond this, a long text's passing mentions would crowd the counts of what it is about. */
export const MAX_TOPICS_PER_TEXT = 5;

/**
 * The topics a text is in. Keyword rules come first: each rule whose keyword is in the text puts
 * it in the rule's topic and claims the keyword's stems, so no phrase sharing one of those
 * stems can put the text anywhere else ("delivery" -> Shipping wins over the automatic
 * "Delivery" group, and over "late delivery"). Then each remaining phrase that belongs to a
 * topic adds that topic, in the order the text uses them.
 */
export function assignTopics(
  text: { terms: string; phrases: readonly string[] },
  rules: readonly KeywordRule[],
  topicOfPhrase: (key: string) => string | undefined,
): Assignment[] {
  const out = new Map<string, Assignment['via']>();
  const claimed = new Set<string>();
  for (const rule of rules) {
    if (!hasKeyword(text.terms, rule.keywordKey)) continue;
    out.set(rule.topicId, 'rule');
    for (const stem of rule.keywordKey.split(' ')) claimed.add(stem);
  }
  for (const key of text.phrases) {
    if (out.size >= MAX_TOPICS_PER_TEXT) break;
    const topicId = topicOfPhrase(key);
    if (!topicId || out.has(topicId)) continue;
    if (key.split(' ').some((stem) => claimed.has(stem))) continue;
    out.set(topicId, 'phrase');
  }
  return [...out].map(([topicId, via]) => ({ topicId, via }));
}
