import { describe, expect, it } from 'vitest';
import { scoreSentiment, type Sentiment } from './score-sentiment.js';

function expectWellFormed(result: Sentiment): void {
  expect(Number.isFinite(result.score)).toBe(true);
  expect(result.score).toBeGreaterThanOrEqual(-1);
  expect(result.score).toBeLessThanOrEqual(1);
  expect(['negative', 'neutral', 'positive']).toContain(result.label);
}

describe('odd input never throws', () => {
  it('empty and blank text is neutral', () => {
    for (const text of ['', ' ', '\n\t  \r\n', '...', '?!', '—']) {
      expect(scoreSentiment(text)).toEqual({ score: 0, label: 'neutral' });
    }
  });

  it('a 100 KB message gets a score, and a long rant stays negative', () => {
    const rant = 'The app keeps crashing and support is useless. '.repeat(2_200);
    expect(rant.length).toBeGreaterThanOrEqual(100_000);
    const result = scoreSentiment(rant);
    expectWellFormed(result);
    expect(result.label).toBe('negative');
  });

  it('100 KB without a single space or word boundary gets a score', () => {
    expectWellFormed(scoreSentiment('a'.repeat(100_000)));
    expectWellFormed(scoreSentiment(':'.repeat(100_000)));
    expectWellFormed(scoreSentiment('😡'.repeat(50_000)));
  });

  it('lone surrogates and control characters are skipped, not fatal', () => {
    const broken = `great \uD83D service \uDE00 \u0000 \u0007 \uFFFF`;
    const result = scoreSentiment(broken);
    expectWellFormed(result);
    expect(result.label).toBe('positive');
  });

  it('a message of only emoji is scored by the emoji', () => {
    expect(scoreSentiment('😡😡😡').label).toBe('negative');
    expect(scoreSentiment('🙂👍🎉').label).toBe('positive');
  });

  it('emoji without a rating, numbers and other scripts are neutral', () => {
    for (const text of ['🚚📦', '1234 5678', 'заказ номер 17', '注文番号', '#42 @team']) {
      expect(scoreSentiment(text).score).toBe(0);
    }
  });

  it('the same text always gets the same score', () => {
    const text = 'Not bad, but the wait was AWFUL!!! :(';
    expect(scoreSentiment(text)).toEqual(scoreSentiment(text));
  });
});
