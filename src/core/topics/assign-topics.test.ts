import { describe, expect, it } from 'vitest';
import { assignTopics, MAX_TOPICS_PER_TEXT } from './assign-topics.js';
import { keyPhrases, keywordKey, termsOf } from './key-phrases.js';
import { placePhrase } from './place-phrase.js';

const text = (body: string) => ({
  terms: termsOf(body),
  phrases: keyPhrases(body).map((p) => p.key),
});
const topics = new Map([
  ['deliveri', 'auto-delivery'],
  ['late deliveri', 'auto-delivery'],
  ['staff', 'auto-staff'],
  ['refund', 'auto-refund'],
]);
const topicOf = (key: string) => topics.get(key);

describe('which topics a text is in', () => {
  it('follows the automatic grouping of its phrases when no rule matches', () => {
    expect(assignTopics(text('Late delivery and rude staff'), [], topicOf)).toEqual([
      { topicId: 'auto-delivery', via: 'phrase' },
      { topicId: 'auto-staff', via: 'phrase' },
    ]);
  });

  it('lets a keyword rule win over the automatic grouping of the same words', () => {
    const rules = [{ topicId: 'shipping', keywordKey: keywordKey('delivery') }];
    expect(assignTopics(text('Late deliveries and rude staff'), rules, topicOf)).toEqual([
      { topicId: 'shipping', via: 'rule' },
      { topicId: 'auto-staff', via: 'phrase' },
    ]);
    expect(assignTopics(text('Staff were lovely'), rules, topicOf)).toEqual([
      { topicId: 'auto-staff', via: 'phrase' },
    ]);
  });

  it('counts a text once per topic and caps the topics of a rambling text', () => {
    const many = new Map(
      ['alpha', 'bravo', 'charli', 'delta', 'echo', 'foxtrot'].map((k) => [k, k]),
    );
    const body = 'alpha, bravo, charlie, delta, echo, foxtrot, alpha again';
    const got = assignTopics(text(body), [], (k) => many.get(k));
    expect(got).toHaveLength(MAX_TOPICS_PER_TEXT);
    expect(new Set(got.map((a) => a.topicId)).size).toBe(MAX_TOPICS_PER_TEXT);
  });
});

describe('where a frequent phrase goes without a person', () => {
  const facts = { topicOfWord: (s: string) => topics.get(s), cooccurring: [] };

  it('puts a phrase with its main word, skipping vague words', () => {
    expect(placePhrase({ ...facts, key: 'late deliveri', docCount: 2 })).toEqual({
      join: 'auto-delivery',
    });
    expect(placePhrase({ ...facts, key: 'deliveri issu', docCount: 2 })).toEqual({
      join: 'auto-delivery',
    });
  });

  it('joins a word to the topic most of its texts are in, else starts one when frequent', () => {
    const cooccurring = [{ topicId: 'auto-refund', docs: 3 }];
    expect(placePhrase({ ...facts, key: 'monei', docCount: 4, cooccurring })).toEqual({
      join: 'auto-refund',
    });
    expect(placePhrase({ ...facts, key: 'monei', docCount: 7, cooccurring })).toEqual({
      start: true,
    });
    expect(placePhrase({ ...facts, key: 'monei', docCount: 2 })).toEqual({ wait: true });
    expect(placePhrase({ ...facts, key: 'monei', docCount: 1, namedTopicId: 'x' })).toEqual({
      wait: true,
    });
    expect(placePhrase({ ...facts, key: 'monei', docCount: 2, namedTopicId: 'x' })).toEqual({
      join: 'x',
    });
  });
});
