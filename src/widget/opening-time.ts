// When a closed team opens, in the customer's own clock: the browser's time zone, and the time
// written the way their locale writes it (09:00 or 9:00 AM). Day and month names stay English
// because the sentence around them is English.

const DAY_MS = 86_400_000;

/** Days from `now` to `at` by the customer's calendar (0 = today). */
function calendarDaysBetween(now: Date, at: Date): number {
  const midnight = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  return Math.round((midnight(at) - midnight(now)) / DAY_MS);
}

/** "at 09:00 today", "at 09:00 tomorrow", "at 09:00 on Monday", "at 09:00 on 4 January". */
export function openingPhrase(iso: string, now = new Date(), locale?: string): string {
  const at = new Date(iso);
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(at);
  const days = calendarDaysBetween(now, at);
  if (days <= 0) return `at ${time} today`;
  if (days === 1) return `at ${time} tomorrow`;
  const day =
    days < 7
      ? new Intl.DateTimeFormat('en', { weekday: 'long' }).format(at)
      : new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long' }).format(at);
  return `at ${time} on ${day}`;
}
