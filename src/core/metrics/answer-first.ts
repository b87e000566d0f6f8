import {
  countAssistantOutcomes,
  countBotAnswers,
  listArticleStats,
  type MetricsWindow,
  type OutcomeCount,
} from '../../db/queries/metrics.js';
import type { Role } from '../../db/queries/users.js';
import type { AnswerFirstMetrics, AnswerFirstQuery, Share } from '../../shared/schemas/metrics.js';
import type { CoreDeps } from '../deps.js';
import { AppError } from '../errors.js';
import { rankArticles } from './article-ranking.js';
import { resolvePeriod } from './period.js';

/** A customer who stays away this long after the last automated answer was helped by it. */
export const COME_BACK_WINDOW_MS = 24 * 60 * 60 * 1000;

/** Champions answer routed questions; how the team's assistant performs is not theirs to see. */
export function requireInsightsAccess(role: Role): void {
  if (role === 'champion') {
    throw new AppError(
      'forbidden',
      'Insights are for owners, admins and agents of this workspace.',
    );
  }
}

export const share = (count: number, of: number): Share => ({
  count,
  of,
  rate: of === 0 ? null : count / of,
});

/**
 * The answer-first figures for a workspace and period: automated resolution, escalation by
 * reason, declined answers, answer helpfulness and article helpfulness. Definitions:
 * docs/metrics.md. `deps.now` is the moment they are made; anything later is not known yet.
 */
export async function answerFirstMetrics(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  input: { workspaceId: string } & AnswerFirstQuery,
): Promise<AnswerFirstMetrics> {
  const asOf = deps.now();
  const period = resolvePeriod(asOf, input);
  const w: MetricsWindow = { workspaceId: input.workspaceId, ...period, asOf };
  const [outcomes, answers, articles] = await Promise.all([
    countAssistantOutcomes(deps.db, w, COME_BACK_WINDOW_MS / 1000),
    countBotAnswers(deps.db, w),
    listArticleStats(deps.db, w),
  ]);
  return {
    period: {
      from: period.from.toISOString(),
      to: period.to.toISOString(),
      asOf: asOf.toISOString(),
    },
    ...conversationFigures(outcomes),
    answers: {
      total: answers.total,
      declined: share(answers.declined, answers.total),
      helpful: share(answers.helpful, answers.rated),
    },
    articles: rankArticles(articles),
  };
}

function conversationFigures(rows: readonly OutcomeCount[]) {
  const count = (outcome: OutcomeCount['outcome']) =>
    rows.filter((r) => r.outcome === outcome).reduce((sum, r) => sum + r.n, 0);
  const assistantFirst = rows.reduce((sum, r) => sum + r.n, 0);
  const pending = count('pending');
  const confirmed = count('confirmed');
  const silent = count('silent');
  const considered = assistantFirst - pending;
  const byReason = rows
    .filter((r) => r.outcome === 'handed_over')
    .map((r) => ({ reason: r.reason ?? 'unknown', ...share(r.n, assistantFirst) }));
  return {
    automatedResolution: {
      assistantFirst,
      considered,
      pending,
      resolved: confirmed + silent,
      confirmed,
      silent,
      rate: share(confirmed + silent, considered).rate,
    },
    escalation: { ...share(count('handed_over'), assistantFirst), byReason },
  };
}
