import { z } from 'zod';
import { DASHBOARD_CHANNELS, DASHBOARD_MAX_DAYS } from '../dashboard-labels.js';
import type { ImprovementStatus } from '../outer-loop-labels.js';
import type { FeedbackKind } from '../survey-questions.js';

/** Wire shapes of the voice-of-the-customer dashboard (console). */

export * from '../dashboard-labels.js';

const Bound = z.iso.datetime({ offset: true, error: 'an ISO 8601 timestamp' });

/**
 * The dashboard's filters. `from` is inclusive, `to` exclusive; by default the last 30 days
 * (UTC days, today included). Team and channel are the conversation's.
 */
export const DashboardQuery = z
  .object({
    from: Bound.optional(),
    to: Bound.optional(),
    team: z.uuid({ error: 'a team id' }).optional(),
    channel: z.enum(DASHBOARD_CHANNELS, { error: "'chat', 'email' or 'voice'" }).optional(),
  })
  .refine((q) => !q.from || !q.to || Date.parse(q.from) < Date.parse(q.to), {
    error: 'from must be before to',
    path: ['to'],
  })
  .refine(
    (q) =>
      !q.from || !q.to || Date.parse(q.to) - Date.parse(q.from) <= DASHBOARD_MAX_DAYS * 86_400_000,
    { error: `a period of at most ${DASHBOARD_MAX_DAYS} days`, path: ['to'] },
  );
export type DashboardQuery = z.infer<typeof DashboardQuery>;

/** One step of a trend: its first day (YYYY-MM-DD, UTC), answers, and the kind's figure. */
export interface TrendPoint {
  start: string;
  responses: number;
  /** NPS for NPS, the average for the other kinds; null when nobody answered. */
  value: number | null;
}

export interface DashboardKind {
  kind: FeedbackKind;
  responses: number;
  average: number | null;
  /** Responses per score point, every point of the scale present. */
  distribution: Record<string, number>;
  /** NPS only: % promoters (9-10) minus % detractors (0-6). */
  nps?: number | null;
  /** Surveys offered (not held back) in the period, and how many were answered. */
  offered: number;
  answered: number;
  responseRate: number | null;
  trend: TrendPoint[];
}

export interface DashboardTopic {
  id: string;
  name: string;
  texts: number;
  negative: number;
  /** negative / texts, 0 to 1. */
  negativeShare: number;
}

export interface DashboardView {
  from: string;
  to: string;
  step: 'day' | 'week';
  team: string | null;
  channel: string | null;
  kinds: DashboardKind[];
  topics: { byVolume: DashboardTopic[]; byNegative: DashboardTopic[] };
  /** Follow-ups to do now (not limited to the period). */
  followUps: { open: number; contacted: number; overdue: number };
  /** Improvements per status now (workspace-wide: they belong to no team or channel). */
  improvements: Record<ImprovementStatus, number>;
}
