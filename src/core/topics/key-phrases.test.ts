import { describe, expect, it } from 'vitest';
import { loadLabelledSentences } from '../voice/sentiment/evaluate.js';
import { hasKeyword, keyPhrases, keywordKey, termsOf } from './key-phrases.js';

const phrasesOf = (text: string) => keyPhrases(text).map((p) => p.text);

describe('key phrases of a customer text', () => {
  it('keeps what the text is about and drops judgements, verbs and stop words', () => {
    expect(phrasesOf('My parcel arrived damaged and the delivery was late!')).toEqual([
      'parcel',
      'delivery',
      'late',
    ]);
    expect(phrasesOf('The staff at the Main Street store were rude.')).toEqual([
      'staff',
      'main',
      'street',
      'main street',
      'store',
      'street store',
      'main street store',
    ]);
    expect(phrasesOf('Thanks so much, you are great!')).toEqual([]);
  });

  it('ends a phrase on a word that can carry it, never on a past participle or a vague noun', () => {
    expect(phrasesOf('A cracked screen and another issue')).toEqual(['screen', 'cracked screen']);
    expect(phrasesOf('The screen was cracked')).toEqual(['screen']);
    expect(phrasesOf('the speed of checkout')).toEqual(['speed', 'checkout']);
  });

  it('gives one key per phrase however it is inflected, in the order first used', () => {
    const a = keyPhrases('Late deliveries again').at(-1);
    const b = keyPhrases('late delivery').at(-1);
    expect(keyPhrases('Late deliveries again').map((p) => p.key)).toEqual([
      'late',
      'deliveri',
      'late deliveri',
    ]);
    expect(a!.key).toBe(b!.key);
    expect(keyPhrases('refund, refunds, refunded').map((p) => p.key)).toEqual(['refund']);
  });

  it('finds the menu, prices and staff in real restaurant reviews (UCI Yelp sentences)', () => {
    const yelp = loadLabelledSentences('yelp').map((s) => s.text);
    const keys = new Map<string, number>();
    for (const text of yelp)
      for (const p of keyPhrases(text)) keys.set(p.key, (keys.get(p.key) ?? 0) + 1);
    const top = [...keys]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([k]) => k);
    for (const topic of ['food', 'servic', 'place', 'staff']) expect(top).toContain(topic);
    for (const judgement of ['great', 'good', 'bad', 'love', 'delici', 'amaz']) {
      expect(keys.has(judgement)).toBe(false);
    }
    expect(phrasesOf('The selection on the menu was great and so were the prices.')).toEqual([
      'selection',
      'menu',
      'prices',
    ]);
  });

  it('caps a very long text and never throws on odd input', () => {
    const long = Array.from({ length: 500 }, (_, i) => `widget${i} gadget${i}.`).join(' ');
    expect(keyPhrases(long).length).toBe(40);
    for (const odd of ['', '   ', '!!!', '😡😡', '12345', 'a-b-c', '\u0000']) {
      expect(() => keyPhrases(odd)).not.toThrow();
    }
  });
});

describe('keyword matching', () => {
  it('matches a keyword in any inflection, as whole words only', () => {
    const terms = termsOf('Two deliveries were late; the redelivery never came.');
    expect(hasKeyword(terms, keywordKey('Delivery'))).toBe(true);
    expect(hasKeyword(terms, keywordKey('late delivery'))).toBe(false);
    expect(hasKeyword(terms, keywordKey('deliveries were late'))).toBe(true);
    expect(hasKeyword(termsOf('redelivery please'), keywordKey('delivery'))).toBe(false);
    expect(hasKeyword(terms, keywordKey('!!!'))).toBe(false);
  });
});
