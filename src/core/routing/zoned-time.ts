// Local wall-clock time in an IANA zone, from the runtime's own time-zone database (Intl), so
// daylight saving rules stay as current as Node's ICU data. A "wall" value is the local date
// and time written on a UTC millisecond scale: wall = instant + the zone's offset then.

export const DAY_MS = 86_400_000;
export const MINUTE_MS = 60_000;

// Formatters are costly to build and immutable: one per zone, shared safely.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** The zone's offset from UTC at an instant, in milliseconds (east of Greenwich positive). */
export function offsetAt(zone: string, instant: number): number {
  const whole = Math.floor(instant / 1000) * 1000;
  const f: Record<string, number> = {};
  for (const part of formatter(zone).formatToParts(whole)) {
    if (part.type !== 'literal') f[part.type] = Number(part.value);
  }
  const wall = Date.UTC(f.year!, f.month! - 1, f.day!, f.hour! % 24, f.minute!, f.second!);
  return wall - whole;
}

/** The local calendar day of an instant, counted in days since 1970-01-01. */
export const localDay = (zone: string, instant: number): number =>
  Math.floor((instant + offsetAt(zone, instant)) / DAY_MS);

/** 0 = Sunday … 6 = Saturday, for a day counted since 1970-01-01 (a Thursday). */
export const weekdayOf = (day: number): number => (((day + 4) % 7) + 7) % 7;

/** The day number of an ISO calendar date such as 2026-12-25. */
export const dayOfDate = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

/**
 * The first instant at which the zone's clocks show `wall` or later. Every wall time has an
 * answer: a time that happens twice (clocks going back) gives the first occurrence, and a time
 * that never happens (clocks jumping forward) gives the moment of the jump — a shift "from
 * 02:30" on that night starts when the clocks read 03:00.
 */
export function instantOfWall(zone: string, wall: number): number {
  // Offsets a day either side bracket any change near `wall` (no zone changes twice in 48 h).
  const before = offsetAt(zone, wall - DAY_MS);
  const after = offsetAt(zone, wall + DAY_MS);
  const shows = (t: number) => t + offsetAt(zone, t);
  const first = wall - Math.max(before, after);
  if (shows(first) === wall) return first;
  const second = wall - Math.min(before, after);
  if (shows(second) === wall) return second;
  // In the gap: search (to the second) for the jump, where the clock passes `wall`.
  let lo = Math.min(first, second);
  let hi = Math.max(first, second);
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    if (shows(mid) >= wall) hi = mid;
    else lo = mid;
  }
  return hi;
}
