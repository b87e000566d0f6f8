import { z } from 'zod';

/** Days of the week, Sunday first, as `Date.prototype.getUTCDay` numbers them. */
export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// IANA names are Area/Location words (Europe/Berlin, America/Argentina/Buenos_Aires, Etc/GMT+5)
// or a bare alias (UTC). Offsets such as +01:00 are not zones: they ignore daylight saving time.
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;

/** Minutes since midnight of an "HH:MM" time (24:00 is 1440). */
export const minutesOf = (time: string): number =>
  Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Whether this runtime knows the IANA time zone (Intl throws a RangeError for unknown ones). */
export function isTimeZone(name: string): boolean {
  if (!ZONE_NAME.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export const TimeZoneName = z
  .string()
  .max(64)
  .refine(isTimeZone, {
    error: (issue) =>
      `unknown time zone ${JSON.stringify(issue.input)}: use an IANA name such as Europe/Berlin or America/New_York`,
  });

const ClockTime = z.string().regex(TIME, {
  error: 'use a 24-hour time like 09:00 (24:00 ends a day)',
});

/** An opening on one day; `to` before `from` runs past midnight into the next day. */
export const OpenInterval = z
  .object({ from: ClockTime, to: ClockTime })
  .refine((i) => i.from !== '24:00', {
    error: 'an interval cannot start at 24:00: use 00:00 of the next day',
    path: ['from'],
  })
  .refine((i) => i.from !== i.to, {
    error: 'an interval needs an end different from its start',
    path: ['to'],
  });
export type OpenInterval = z.infer<typeof OpenInterval>;

/** The part of an interval on its own day, in minutes: an overnight one runs to midnight. */
const sameDaySpan = (i: OpenInterval) => {
  const from = minutesOf(i.from);
  const to = minutesOf(i.to);
  return { from, to: to > from ? to : 1440 };
};

const DayHours = z
  .array(OpenInterval)
  .max(8)
  .default([])
  .refine(
    (intervals) => {
      const spans = intervals.map(sameDaySpan).sort((a, b) => a.from - b.from);
      return spans.every((s, i) => i === 0 || s.from >= spans[i - 1]!.to);
    },
    { error: 'intervals of one day must not overlap' },
  );

/** A calendar date in the schedule's zone, e.g. 2026-12-25. */
export const LocalDate = z.string().refine(
  (s) => {
    const m = DATE.exec(s);
    if (!m) return false;
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return d.toISOString().slice(0, 10) === s;
  },
  { error: 'use a real date like 2026-12-25' },
);

/** When a team answers: a weekly schedule in its time zone, minus whole-day holidays. */
export const BusinessHours = z.object({
  timeZone: TimeZoneName,
  weekly: z.object({
    sun: DayHours,
    mon: DayHours,
    tue: DayHours,
    wed: DayHours,
    thu: DayHours,
    fri: DayHours,
    sat: DayHours,
  }),
  holidays: z.array(LocalDate).max(1000).default([]),
});
export type BusinessHours = z.infer<typeof BusinessHours>;
