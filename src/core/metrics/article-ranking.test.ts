import { describe, expect, it } from 'vitest';
import type { ArticleStatRow } from '../../db/queries/metrics.js';
import { rankArticles, wilsonLowerBound } from './article-ranking.js';

const article = (
  title: string,
  helpful: number,
  notHelpful: number,
  cited = 0,
): ArticleStatRow => ({
  id: title,
  title,
  slug: title.toLowerCase(),
  status: 'published',
  helpful_count: helpful,
  not_helpful_count: notHelpful,
  cited,
});

describe('ranking articles by helpfulness', () => {
  it('trusts many votes more than a few: 40 helpful of 50 beats 1 of 1', () => {
    expect(wilsonLowerBound(40, 50)).toBeGreaterThan(wilsonLowerBound(1, 1));
    expect(wilsonLowerBound(0, 0)).toBe(0);
    expect(wilsonLowerBound(5, 5)).toBeLessThan(1);
  });

  it('splits voted articles into top and bottom without overlap, and lists the cited ones', () => {
    const ranked = rankArticles([
      article('Cited only', 0, 0, 7),
      article('Loved', 40, 10, 3),
      article('One fan', 1, 0),
      article('Split', 2, 2),
      article('Disliked', 1, 9, 1),
    ]);
    expect(ranked.top.map((a) => a.title)).toEqual(['Loved', 'One fan']);
    expect(ranked.bottom.map((a) => a.title)).toEqual(['Disliked', 'Split']);
    expect(ranked.mostCited.map((a) => [a.title, a.cited])).toEqual([
      ['Cited only', 7],
      ['Loved', 3],
      ['Disliked', 1],
    ]);
  });
});
