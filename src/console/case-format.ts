/** "in 5 h", "in 2 d", "5 h ago": a due time relative to now, short enough for a phone row. */
export function relative(iso: string, now = Date.now()): string {
  const minutes = Math.round((new Date(iso).getTime() - now) / 60_000);
  const span = Math.abs(minutes);
  const amount =
    span < 60
      ? `${span} min`
      : span < 48 * 60
        ? `${Math.round(span / 60)} h`
        : `${Math.round(span / 1440)} d`;
  return minutes >= 0 ? `in ${amount}` : `${amount} ago`;
}

/** What a case row says about its due time: late, due soon, or done. */
export function dueText(c: { status: string; dueAt: string; overdue: boolean }, now = Date.now()) {
  if (c.status === 'resolved') return 'Resolved';
  return c.overdue ? `Overdue: was due ${relative(c.dueAt, now)}` : `Due ${relative(c.dueAt, now)}`;
}

/** A moment in the reader's locale, e.g. "Tue 14 May, 15:00". */
export const moment = (iso: string) =>
  new Date(iso).toLocaleString(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });

/** "€15.00": an amount in its currency, in the reader's locale. */
export function money(amount: string, currency: string): string {
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(Number(amount));
  } catch {
    return `${amount} ${currency}`;
  }
}
