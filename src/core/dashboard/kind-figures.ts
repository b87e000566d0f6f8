import type { OfferRateRow, ScoreBucketRow } from '../../db/queries/dashboard.js';
import type { DashboardKind, TrendPoint } from '../../shared/schemas/dashboard.js';
import { SURVEY_QUESTIONS, scalePoints, type FeedbackKind } from '../../shared/survey-questions.js';

const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;

/** Answers' total on the kind's scale; the CX index uses its items' exact mean, not the rounded score. */
const totalOf = (kind: FeedbackKind, rows: ScoreBucketRow[]) =>
  rows.reduce((sum, r) => sum + (kind === 'cx' ? r.item_sum / 3 : r.n * r.score), 0);

const countOf = (rows: { n: number }[]) => rows.reduce((sum, r) => sum + r.n, 0);

/** % promoters (9-10) minus % detractors (0-6), a whole number; null without answers. */
export function npsOf(rows: { score: number; n: number }[]): number | null {
  const all = countOf(rows);
  if (!all) return null;
  const promoters = rows.filter((r) => r.score >= 9).reduce((n, r) => n + r.n, 0);
  const detractors = rows.filter((r) => r.score <= 6).reduce((n, r) => n + r.n, 0);
  return Math.round(((promoters - detractors) / all) * 100);
}

function figureOf(kind: FeedbackKind, rows: ScoreBucketRow[]): number | null {
  if (kind === 'nps') return npsOf(rows);
  const n = countOf(rows);
  return n ? round(totalOf(kind, rows) / n, 2) : null;
}

/**
 * One kind's figures from the per-step score counts: answers, average, distribution over the
 * whole scale, NPS, response rate, and a trend point for every step (empty steps included, so a
 * chart's x axis is the whole period).
 */
export function kindFigures(
  kind: FeedbackKind,
  scores: ScoreBucketRow[],
  offers: OfferRateRow[],
  starts: string[],
): DashboardKind {
  const mine = scores.filter((s) => s.kind === kind);
  const responses = countOf(mine);
  const distribution = Object.fromEntries(
    scalePoints(SURVEY_QUESTIONS[kind].scale).map((p) => [
      String(p),
      countOf(mine.filter((s) => s.score === p)),
    ]),
  );
  const trend = starts.map((start): TrendPoint => {
    const step = mine.filter((s) => s.start === start);
    return { start, responses: countOf(step), value: figureOf(kind, step) };
  });
  const offer = offers.find((o) => o.kind === kind);
  const offered = offer?.offered ?? 0;
  const answered = offer?.answered ?? 0;
  return {
    kind,
    responses,
    average: responses ? round(totalOf(kind, mine) / responses, 2) : null,
    distribution,
    ...(kind === 'nps' ? { nps: npsOf(mine) } : {}),
    offered,
    answered,
    responseRate: offered ? round(answered / offered, 3) : null,
    trend,
  };
}
