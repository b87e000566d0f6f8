import type { ArticleStatRow } from '../../db/queries/metrics.js';
import type { ArticleStat } from '../../shared/schemas/metrics.js';

const MOST_CITED = 20;
const RANKED = 5;
/** 95% confidence. */
const Z = 1.96;

/**
 * The lower bound of the Wilson score interval for `yes` out of `n`: a share that accounts for
 * how many votes stand behind it, so 40 helpful of 50 ranks above 1 of 1.
 */
export function wilsonLowerBound(yes: number, n: number): number {
  if (n === 0) return 0;
  const p = yes / n;
  const z2 = Z * Z;
  const centre = p + z2 / (2 * n);
  const spread = Z * Math.sqrt((p * (1 - p) + z2 / (4 * n)) / n);
  return (centre - spread) / (1 + z2 / n);
}

const statOf = (r: ArticleStatRow): ArticleStat => ({
  id: r.id,
  title: r.title,
  slug: r.slug,
  status: r.status,
  helpful: r.helpful_count,
  notHelpful: r.not_helpful_count,
  cited: r.cited,
});

/**
 * Most cited articles, and the voted-on ones split in two without overlap: top (helpful more
 * often than not, best first) and bottom (not helpful at least as often, worst first).
 */
export function rankArticles(rows: readonly ArticleStatRow[]) {
  const stats = rows.map(statOf);
  const votes = (a: ArticleStat) => a.helpful + a.notHelpful;
  const byScore = (share: (a: ArticleStat) => number) => (a: ArticleStat, b: ArticleStat) =>
    wilsonLowerBound(share(b), votes(b)) - wilsonLowerBound(share(a), votes(a)) ||
    votes(b) - votes(a) ||
    a.title.localeCompare(b.title);
  const top = stats
    .filter((a) => a.helpful > a.notHelpful)
    .sort(byScore((a) => a.helpful))
    .slice(0, RANKED);
  const bottom = stats
    .filter((a) => votes(a) > 0 && a.notHelpful >= a.helpful)
    .sort(byScore((a) => a.notHelpful))
    .slice(0, RANKED);
  // The query returns them most cited first already.
  const mostCited = stats.filter((a) => a.cited > 0).slice(0, MOST_CITED);
  return { mostCited, top, bottom };
}
