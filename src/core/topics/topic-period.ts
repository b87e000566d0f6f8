import type { Period, TopicPeriodQuery } from '../../shared/schemas/topics.js';
import { AppError } from '../errors.js';

const DAY_MS = 86_400_000;
/** A chart of more than a year of days says nothing a chart of weeks would not. */
const MAX_DAYS = 400;

export interface TopicPeriod {
  from: Date;
  to: Date;
  step: Period;
}

/** The period asked for: by default the 30 days up to now, counted by day. */
export function topicPeriod(q: Partial<TopicPeriodQuery>, now: Date): TopicPeriod {
  const to = q.to ? new Date(q.to) : now;
  const from = q.from ? new Date(q.from) : new Date(to.getTime() - 30 * DAY_MS);
  if (from >= to) throw new AppError('invalid_input', 'Choose a start (from) before the end (to).');
  if (to.getTime() - from.getTime() > MAX_DAYS * DAY_MS) {
    throw new AppError('invalid_input', `Choose a period of at most ${MAX_DAYS} days.`);
  }
  return { from, to, step: q.period ?? 'day' };
}

export const periodView = (p: TopicPeriod) => ({
  from: p.from.toISOString(),
  to: p.to.toISOString(),
  step: p.step,
});
