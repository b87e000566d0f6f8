import { DASHBOARD_DAILY_MAX_DAYS, DASHBOARD_MAX_DAYS } from '../../shared/dashboard-labels.js';
import { AppError } from '../errors.js';

export const DAY_MS = 86_400_000;

export interface DashboardPeriod {
  from: Date;
  /** Exclusive. */
  to: Date;
  step: 'day' | 'week';
}

/** Midnight UTC of the day `at` falls in. */
export const startOfUtcDay = (at: Date) => new Date(Math.floor(at.getTime() / DAY_MS) * DAY_MS);

/**
 * The period the dashboard reads. Without bounds: the last 30 UTC days, today included (so a
 * day's bucket is always a whole day). Periods up to 62 days are read per day, longer per week.
 */
export function resolvePeriod(now: Date, q: { from?: string; to?: string }): DashboardPeriod {
  const to = q.to ? new Date(q.to) : new Date(startOfUtcDay(now).getTime() + DAY_MS);
  const from = q.from ? new Date(q.from) : new Date(to.getTime() - 30 * DAY_MS);
  const span = to.getTime() - from.getTime();
  if (span <= 0) throw new AppError('invalid_input', 'Please fix: to (from must be before to).');
  if (span > DASHBOARD_MAX_DAYS * DAY_MS) {
    throw new AppError(
      'invalid_input',
      `Please fix: to (a period of at most ${DASHBOARD_MAX_DAYS} days).`,
    );
  }
  return { from, to, step: span > DASHBOARD_DAILY_MAX_DAYS * DAY_MS ? 'week' : 'day' };
}

/**
 * The first day (YYYY-MM-DD, UTC) of every step that overlaps the period, in order. Weeks start
 * on Monday, as PostgreSQL's date_trunc('week') does, so the keys match the SQL's buckets; the
 * first and last step may reach outside the period, but only answers inside it are counted.
 */
export function bucketStarts(p: DashboardPeriod): string[] {
  let at = startOfUtcDay(p.from).getTime();
  if (p.step === 'week') at -= ((new Date(at).getUTCDay() + 6) % 7) * DAY_MS;
  const stride = p.step === 'week' ? 7 * DAY_MS : DAY_MS;
  const starts: string[] = [];
  for (; at < p.to.getTime(); at += stride) starts.push(new Date(at).toISOString().slice(0, 10));
  return starts;
}
