import {
  countOfferRates,
  countScoresByStep,
  type DashboardFilter,
} from '../../db/queries/dashboard.js';
import {
  countImprovementsByStatus,
  countOpenFollowUps,
  countTopics,
  type TopicCountRow,
} from '../../db/queries/dashboard-state.js';
import { FEEDBACK_KINDS } from '../../shared/feedback-kinds.js';
import { IMPROVEMENT_STATUSES, type ImprovementStatus } from '../../shared/outer-loop-labels.js';
import type {
  DashboardQuery,
  DashboardTopic,
  DashboardView,
} from '../../shared/schemas/dashboard.js';
import type { CoreDeps } from '../deps.js';
import { bucketStarts, resolvePeriod } from './dashboard-period.js';
import { kindFigures } from './kind-figures.js';

/** How many topics each list shows. */
const TOP = 8;
/** A topic needs this many texts before its negative share ranks it: 1 of 1 is not a pattern. */
export const MIN_TEXTS_FOR_SHARE = 3;

/** The dashboard's filters as the queries take them, with the period resolved. */
export function dashboardFilter(now: Date, workspaceId: string, q: DashboardQuery) {
  const period = resolvePeriod(now, q);
  const filter: DashboardFilter = {
    workspaceId,
    from: period.from,
    to: period.to,
    teamId: q.team ?? null,
    channel: q.channel ?? null,
  };
  return { period, filter };
}

/**
 * The voice-of-the-customer dashboard for a period, team and channel: per kind of feedback its
 * answers, average, distribution, NPS, response rate and trend; the topics customers write
 * about most and most negatively; follow-ups to do and improvements by status (both as they
 * stand now). Answers not linked to a conversation count only when no team or channel is set.
 */
export async function summarizeDashboard(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  workspaceId: string,
  q: DashboardQuery,
): Promise<DashboardView> {
  const now = deps.now();
  const { period, filter } = dashboardFilter(now, workspaceId, q);
  const [scores, offers, topics, followUps, improvements] = await Promise.all([
    countScoresByStep(deps.db, filter, period.step),
    countOfferRates(deps.db, filter),
    countTopics(deps.db, filter, 200),
    countOpenFollowUps(deps.db, filter, now),
    countImprovementsByStatus(deps.db, workspaceId),
  ]);
  const starts = bucketStarts(period);
  return {
    from: period.from.toISOString(),
    to: period.to.toISOString(),
    step: period.step,
    team: filter.teamId,
    channel: filter.channel,
    kinds: FEEDBACK_KINDS.map((kind) => kindFigures(kind, scores, offers, starts)),
    topics: rankTopics(topics),
    followUps,
    improvements: Object.fromEntries(
      IMPROVEMENT_STATUSES.map((s) => [s, improvements.find((i) => i.status === s)?.n ?? 0]),
    ) as Record<ImprovementStatus, number>,
  };
}

function rankTopics(rows: TopicCountRow[]) {
  const all = rows.map((r): DashboardTopic => ({
    ...r,
    negativeShare: Math.round((r.negative / r.texts) * 1000) / 1000,
  }));
  const byNegative = all
    .filter((t) => t.texts >= MIN_TEXTS_FOR_SHARE && t.negative > 0)
    .sort((a, b) => b.negativeShare - a.negativeShare || b.negative - a.negative)
    .slice(0, TOP);
  return { byVolume: all.slice(0, TOP), byNegative };
}
