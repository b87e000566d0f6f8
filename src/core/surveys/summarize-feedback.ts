import { countOffers } from '../../db/queries/survey-offers.js';
import { countScores } from '../../db/queries/survey-responses.js';
import {
  FEEDBACK_KINDS,
  SUPPRESSION_REASONS,
  type KindSummary,
  type SuppressionReason,
} from '../../shared/schemas/surveys.js';
import { SURVEY_QUESTIONS, scalePoints } from '../../shared/survey-questions.js';
import type { CoreDeps } from '../deps.js';
import { DAY_MS } from './survey-deps.js';

/**
 * Per kind, in a period (default: the last 30 days): how many answered, the average, the
 * distribution over the scale, NPS (% promoters 9-10 minus % detractors 0-6), and how many
 * surveys were offered, held back (by reason) and answered.
 */
export async function summarizeFeedback(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  workspaceId: string,
  period: { from?: string; to?: string } = {},
): Promise<{ from: string; to: string; kinds: KindSummary[] }> {
  // `to` is exclusive; by default the period ends just after now, so now's answers count.
  const to = period.to ? new Date(period.to) : new Date(deps.now().getTime() + 1);
  const from = period.from ? new Date(period.from) : new Date(to.getTime() - 30 * DAY_MS);
  const q = { workspaceId, from, to };
  const [scores, offers] = await Promise.all([countScores(deps.db, q), countOffers(deps.db, q)]);
  const kinds = FEEDBACK_KINDS.map((kind): KindSummary => {
    const mine = scores.filter((s) => s.kind === kind);
    const responses = mine.reduce((n, s) => n + s.n, 0);
    const total = mine.reduce((n, s) => n + s.n * s.score, 0);
    const distribution = Object.fromEntries(
      scalePoints(SURVEY_QUESTIONS[kind].scale).map((p) => [
        String(p),
        mine.find((s) => s.score === p)?.n ?? 0,
      ]),
    );
    const offered = offers.filter((o) => o.kind === kind);
    const count = (pred: (o: (typeof offered)[number]) => boolean) =>
      offered.filter(pred).reduce((n, o) => n + o.n, 0);
    const suppressed = Object.fromEntries(
      SUPPRESSION_REASONS.map((r) => [r, count((o) => o.reason === r)]),
    ) as Record<SuppressionReason, number>;
    const made = count((o) => o.status !== 'suppressed');
    const answered = count((o) => o.status === 'answered');
    const summary: KindSummary = {
      kind,
      responses,
      average: responses ? Math.round((total / responses) * 100) / 100 : null,
      distribution,
      offered: made,
      suppressed,
      responseRate: made ? Math.round((answered / made) * 1000) / 1000 : null,
    };
    if (kind === 'nps') summary.nps = npsOf(mine, responses);
    return summary;
  });
  return { from: from.toISOString(), to: to.toISOString(), kinds };
}

function npsOf(scores: { score: number; n: number }[], responses: number): number | null {
  if (!responses) return null;
  const promoters = scores.filter((s) => s.score >= 9).reduce((n, s) => n + s.n, 0);
  const detractors = scores.filter((s) => s.score <= 6).reduce((n, s) => n + s.n, 0);
  return Math.round(((promoters - detractors) / responses) * 100);
}
