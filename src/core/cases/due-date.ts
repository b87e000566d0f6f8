import type { ComplaintPolicy } from '../../shared/schemas/cases.js';

const SLICE_MINUTES = 15;

/**
 * When an answer is due, `hours` after `start`. With `businessDaysOnly`, only time on Monday to
 * Friday (in the policy's time zone) counts, so a complaint sent on Friday evening is not
 * promised an answer on Saturday. Counted in quarter hours: exact enough for a promise.
 */
export function promisedBy(
  start: Date,
  hours: number,
  policy: Pick<ComplaintPolicy, 'businessDaysOnly' | 'timeZone'>,
): Date {
  if (!policy.businessDaysOnly) return new Date(start.getTime() + hours * 3_600_000);
  const weekday = new Intl.DateTimeFormat('en-US', { timeZone: policy.timeZone, weekday: 'short' });
  let at = start.getTime();
  let left = hours * 60;
  while (left > 0) {
    const step = Math.min(left, SLICE_MINUTES);
    const day = weekday.format(at);
    if (day !== 'Sat' && day !== 'Sun') left -= step;
    at += step * 60_000;
  }
  return new Date(at);
}

/** "Tuesday 14 May at 15:00 CEST": a due time as the customer reads it, in the policy's zone. */
export function describeDue(due: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(due);
}
