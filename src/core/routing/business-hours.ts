import { minutesOf, WEEKDAYS, type BusinessHours } from '../../shared/schemas/business-hours.js';
import { DAY_MS, dayOfDate, instantOfWall, localDay, MINUTE_MS, weekdayOf } from './zoned-time.js';

/**
 * Business hours are worked out as real instants: each local opening ("Mon 09:00–17:00 in
 * Europe/Berlin") becomes the span between the instants the clocks show its start and end, so
 * a night when the clocks change counts the hours that really passed. Overnight intervals
 * belong to the day they start on. A holiday closes its whole local date: shifts starting on
 * it do not happen, and one from the day before stops at midnight.
 */

/** After this many days in a row without an opening, a schedule counts as never open. */
const MAX_CLOSED_DAYS = 800;

interface Compiled {
  zone: string;
  /** Per weekday (Sunday first), minutes since midnight; `to` past 1440 runs into the next day. */
  week: { from: number; to: number }[][];
  holidays: Set<number>;
}

// Parsed schedules are treated as immutable, so their compiled form is cached with them.
const compiled = new WeakMap<BusinessHours, Compiled>();

function compile(schedule: BusinessHours): Compiled {
  let c = compiled.get(schedule);
  if (c) return c;
  const week = WEEKDAYS.map((day) =>
    schedule.weekly[day]
      .map((i) => ({ from: minutesOf(i.from), to: minutesOf(i.to) }))
      .map(({ from, to }) => ({ from, to: to > from ? to : to + 1440 }))
      .sort((a, b) => a.from - b.from),
  );
  c = { zone: schedule.timeZone, week, holidays: new Set(schedule.holidays.map(dayOfDate)) };
  compiled.set(schedule, c);
  return c;
}

/** The opening spans [start, end) of the intervals that begin on a local day. */
function spansOn(c: Compiled, day: number): [number, number][] {
  if (c.holidays.has(day)) return [];
  const spans: [number, number][] = [];
  for (const { from, to } of c.week[weekdayOf(day)]!) {
    const end = to > 1440 && c.holidays.has(day + 1) ? 1440 : to;
    const start = instantOfWall(c.zone, day * DAY_MS + from * MINUTE_MS);
    const stop = instantOfWall(c.zone, day * DAY_MS + end * MINUTE_MS);
    // An interval wholly inside a skipped hour never happens.
    if (stop > start) spans.push([start, stop]);
  }
  return spans;
}

/** Open time running longer than this is handed out in pieces (see openSpans). */
const MAX_SPAN_MS = 7 * DAY_MS;

/**
 * Opening spans that end after `from`, in order, touching ones merged. Lazy: callers stop early.
 * A run of open time longer than a week comes in week-long pieces that touch: a team open around
 * the clock would otherwise be merged into one span forever and never handed out.
 */
function* openSpans(c: Compiled, from: number): Generator<[number, number]> {
  let pending: [number, number] | undefined;
  let handedOutTo = -Infinity;
  let closedDays = 0;
  // From the day before: its overnight interval may still be running.
  for (let day = localDay(c.zone, from) - 1; closedDays < MAX_CLOSED_DAYS; day++) {
    const spans = spansOn(c, day);
    closedDays = spans.length === 0 ? closedDays + 1 : 0;
    for (const [opens, end] of spans) {
      // An overnight interval may reach into a piece already handed out.
      const start = Math.max(opens, handedOutTo);
      if (end <= from || end <= start) continue;
      if (pending && start <= pending[1]) {
        pending[1] = Math.max(pending[1], end);
        continue;
      }
      if (pending) yield pending;
      pending = [start, end];
    }
    // A closed day ends any run: nothing later can reach back over it.
    if (spans.length === 0 && pending) {
      yield pending;
      pending = undefined;
    }
    if (pending && pending[1] - pending[0] >= MAX_SPAN_MS) {
      handedOutTo = pending[1];
      yield pending;
      pending = undefined;
    }
  }
  if (pending) yield pending;
}

/** Whether the team is open at this moment. */
export function isOpen(schedule: BusinessHours, at: Date): boolean {
  const t = at.getTime();
  for (const [start] of openSpans(compile(schedule), t)) return start <= t;
  return false;
}

/** When the team next opens: `at` itself when open now; null when it never opens again. */
export function nextOpening(schedule: BusinessHours, at: Date): Date | null {
  const t = at.getTime();
  for (const [start] of openSpans(compile(schedule), t)) return new Date(Math.max(start, t));
  return null;
}

/**
 * When the team next closes, if it is open at `at`: the end of its current run of open time.
 * Null when it is closed now, or stays open for at least `horizonDays` (no closing in sight).
 */
export function closingOf(schedule: BusinessHours, at: Date, horizonDays = 30): Date | null {
  const t = at.getTime();
  let end: number | undefined;
  for (const [start, stop] of openSpans(compile(schedule), t)) {
    if (end === undefined) {
      if (start > t) return null;
    } else if (start > end) break;
    end = stop;
    if (end - t >= horizonDays * DAY_MS) return null;
  }
  return end === undefined ? null : new Date(end);
}

/**
 * Open minutes between two moments, as really elapsed (a clock change inside an opening counts
 * what passed, not what the clock says). Negative when `to` is before `from`.
 */
export function businessMinutesBetween(schedule: BusinessHours, from: Date, to: Date): number {
  const [t0, t1] = [from.getTime(), to.getTime()];
  if (t1 < t0) return -businessMinutesBetween(schedule, to, from);
  let ms = 0;
  for (const [start, end] of openSpans(compile(schedule), t0)) {
    if (start >= t1) break;
    ms += Math.min(end, t1) - Math.max(start, t0);
  }
  return ms / MINUTE_MS;
}

/**
 * The moment `minutes` of open time after `from` have passed: an SLA's due time. Counting
 * starts at the next opening when closed; null when the schedule never provides that much.
 */
export function addBusinessMinutes(
  schedule: BusinessHours,
  from: Date,
  minutes: number,
): Date | null {
  if (!(minutes >= 0) || !Number.isFinite(minutes)) {
    throw new RangeError(`business minutes must be a finite number ≥ 0, not ${minutes}`);
  }
  const t0 = from.getTime();
  if (minutes === 0) return new Date(t0);
  let left = minutes * MINUTE_MS;
  for (const [start, end] of openSpans(compile(schedule), t0)) {
    const begin = Math.max(start, t0);
    if (begin + left <= end) return new Date(begin + left);
    left -= end - begin;
  }
  return null;
}
