// SLA names and views the console needs at runtime, kept free of zod (CONVENTIONS 13).

export const SLA_METRICS = ['first_response', 'next_response', 'resolution'] as const;
export type SlaMetric = (typeof SLA_METRICS)[number];

export const PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const SLA_METRIC_LABELS: Record<SlaMetric, string> = {
  first_response: 'First response',
  next_response: 'Next response',
  resolution: 'Resolution',
};

export const PRIORITY_LABELS: Record<Priority, string> = {
  urgent: 'Urgent',
  high: 'High',
  normal: 'Normal',
  low: 'Low',
};

/** ok: on time; warning: due within the warning window; breached: past due and not met. */
export type SlaState = 'ok' | 'warning' | 'breached';

/** A conversation's nearest running SLA clock, as the inbox shows it. */
export interface SlaBadge {
  metric: SlaMetric;
  state: SlaState;
  dueAt: string;
  /** From when it counts as a warning (null: the policy warns not at all). */
  warnAt: string | null;
}

/** One priority's targets in minutes (null: no target). */
export interface SlaPolicyView {
  priority: Priority;
  firstResponseMinutes: number | null;
  nextResponseMinutes: number | null;
  resolutionMinutes: number | null;
  businessHours: boolean;
  warnBeforeMinutes: number;
}

/** One line of the report: a metric at a priority, over the clocks started in the period. */
export interface SlaReportRow {
  metric: SlaMetric;
  priority: Priority;
  targets: number;
  met: number;
  breached: number;
  /** Breached out of those decided (met or breached); null when none is decided yet. */
  breachRate: number | null;
  /** Median minutes from start to met (first response: the median time to first response). */
  medianMinutes: number | null;
}

/** The state a badge shows at `now`: time moves it on even before the server's sweep does. */
export function slaStateAt(badge: SlaBadge, now: number): SlaState {
  if (badge.state === 'breached' || Date.parse(badge.dueAt) <= now) return 'breached';
  if (badge.state === 'warning' || (badge.warnAt && Date.parse(badge.warnAt) <= now)) {
    return 'warning';
  }
  return 'ok';
}
