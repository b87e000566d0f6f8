import { isDay, type AnswerFirstQuery } from '../../shared/schemas/metrics.js';
import { AppError } from '../errors.js';

const DAY_MS = 24 * 60 * 60 * 1000;
export const DEFAULT_PERIOD_DAYS = 30;
/** Longer periods than a year are a report, not a screen; they would also scan a lot. */
export const MAX_PERIOD_DAYS = 366;

export interface Period {
  /** Inclusive. */
  from: Date;
  /** Exclusive. */
  to: Date;
}

/**
 * The half-open period [from, to) a report covers. `to` defaults to now and `from` to 30 days
 * before `to`. A bare day means that whole day in UTC: `from=2025-03-01&to=2025-03-31` covers
 * March 1 through March 31 inclusive.
 */
export function resolvePeriod(now: Date, query: AnswerFirstQuery): Period {
  const to = query.to ? boundAt(query.to, isDay(query.to)) : now;
  const from = query.from
    ? boundAt(query.from, false)
    : new Date(to.getTime() - DEFAULT_PERIOD_DAYS * DAY_MS);
  if (from.getTime() >= to.getTime()) throw badPeriod('from', 'must be before to');
  if (from.getTime() > now.getTime()) throw badPeriod('from', 'is in the future');
  if (to.getTime() - from.getTime() > MAX_PERIOD_DAYS * DAY_MS) {
    throw badPeriod('to', `must be at most ${MAX_PERIOD_DAYS} days after from`);
  }
  return { from, to };
}

/** Worded like the schema's own rejections, so a client reads every 400 the same way. */
const badPeriod = (path: 'from' | 'to', message: string) =>
  new AppError('invalid_input', `Please fix: ${path} (${message}).`, {
    issues: [{ path, message }],
  });

/** A day starts at UTC midnight; as an end it stands for the whole day, so the next midnight. */
function boundAt(bound: string, endOfDay: boolean): Date {
  const at = new Date(isDay(bound) ? `${bound}T00:00:00Z` : bound);
  return endOfDay ? new Date(at.getTime() + DAY_MS) : at;
}
