import { z } from 'zod';

const DAY = z.iso.date();
const TIMESTAMP = z.iso.datetime({ offset: true });

/** A period bound: a calendar day (UTC) or an ISO 8601 timestamp with its offset. */
const PeriodBound = z
  .string()
  .refine((s) => DAY.safeParse(s).success || TIMESTAMP.safeParse(s).success, {
    error: 'a date like 2025-03-01 or a timestamp like 2025-03-01T09:00:00Z',
  });

/** Whether a bound names a whole day rather than a moment. */
export const isDay = (bound: string) => DAY.safeParse(bound).success;

/** GET /api/console/metrics/answer-first: both bounds optional (the last 30 days). */
export const AnswerFirstQuery = z.strictObject(
  { from: PeriodBound.optional(), to: PeriodBound.optional() },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `only from and to are understood, not ${issue.keys.join(', ')}`
        : undefined,
  },
);
export type AnswerFirstQuery = z.infer<typeof AnswerFirstQuery>;

/** A share with the counts behind it; `rate` is null when there is nothing to divide by. */
export interface Share {
  count: number;
  of: number;
  rate: number | null;
}

export interface ArticleStat {
  id: string;
  title: string;
  slug: string;
  status: 'draft' | 'published';
  /** All-time votes: help-center "Was this helpful?" and rated assistant answers. */
  helpful: number;
  notHelpful: number;
  /** Automated answers in the period that cited this article. */
  cited: number;
}

/** The answer-first figures for one workspace and period (definitions: docs/metrics.md). */
export interface AnswerFirstMetrics {
  period: { from: string; to: string; asOf: string };
  automatedResolution: {
    /** Conversations the assistant owned first that started in the period. */
    assistantFirst: number;
    /** Decided ones: assistantFirst minus pending. */
    considered: number;
    /** Not handed over, not confirmed, and less than 24 h since the last automated answer. */
    pending: number;
    resolved: number;
    /** Of resolved: a customer said an answer helped. */
    confirmed: number;
    /** Of resolved: the customer did not come back within 24 h. */
    silent: number;
    rate: number | null;
  };
  escalation: Share & { byReason: (Share & { reason: string })[] };
  answers: { total: number; declined: Share; helpful: Share };
  articles: {
    /** Articles automated answers cited in the period, most cited first (at most 20). */
    mostCited: ArticleStat[];
    /** Helpful more often than not, best first (at most 5). */
    top: ArticleStat[];
    /** Not helpful at least as often as helpful, worst first (at most 5). */
    bottom: ArticleStat[];
  };
}
