import { OUTCOME_LABELS } from '../shared/callback-labels.js';
import type { CallbackView } from '../shared/schemas/callbacks.js';
import { clock } from './format.js';

/** Where a callback stands, in a few words an agent reads at a glance. */
export function callbackState(c: CallbackView): string {
  switch (c.status) {
    case 'scheduled':
      return c.outcome === 'no_answer' ? `No answer · again at ${clock(c.dueAt)}` : 'Booked';
    case 'queued':
      return c.assigneeName ? `With ${c.assigneeName}` : 'Waiting for a caller';
    case 'completed':
      return 'Reached';
    case 'failed':
      return c.outcome ? OUTCOME_LABELS[c.outcome] : 'Not reached';
    case 'cancelled':
      return 'Cancelled by the customer';
  }
}

/** "Today 14:30–14:45", "Tue 3 Mar, 09:00–09:15" or "As soon as possible". */
export function callbackWhen(c: CallbackView, now = new Date()): string {
  if (!c.slotStart) return `As soon as possible (asked ${clock(c.createdAt)})`;
  const start = new Date(c.slotStart);
  const span = `${clock(c.slotStart)}–${c.slotEnd ? clock(c.slotEnd) : ''}`;
  return start.toDateString() === now.toDateString()
    ? `Today ${span}`
    : `${start.toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short' })}, ${span}`;
}

/** A moment in the reader's locale, e.g. "Tue 3 Mar, 14:05". */
export const moment = (iso: string) =>
  new Date(iso).toLocaleString(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
