import type { CallbackRow } from '../../db/queries/callbacks.js';
import type { CallbackOutcome, CallbackSettings } from '../../shared/schemas/callbacks.js';
import { MINUTE_MS } from '../routing/zoned-time.js';

export type NextState = Pick<
  CallbackRow,
  'status' | 'outcome' | 'tries' | 'due_at' | 'kind' | 'slot_start' | 'slot_minutes'
> & {
  /** A new booking owes a new reminder. */
  reminder_sent_at: Date | null;
  /** What the customer is told in their conversation, if anything. */
  notice: string | null;
};

/**
 * What a call's outcome does to the callback. Reached: done. Wrong number: closed, and the
 * customer is asked for the right one. No answer: called again `retryMinutes` later, until
 * `maxAttempts` calls were made since it was booked. Rescheduled: booked anew for `slot`
 * (the caller checked its capacity), with its tries counted from zero again.
 */
export function afterCall(
  b: CallbackRow,
  outcome: CallbackOutcome,
  policy: Pick<CallbackSettings, 'maxAttempts' | 'retryMinutes' | 'slotMinutes'>,
  now: Date,
  slot?: Date,
): NextState {
  const tries = b.tries + 1;
  const same = {
    kind: b.kind,
    slot_start: b.slot_start,
    slot_minutes: b.slot_minutes,
    reminder_sent_at: b.reminder_sent_at,
    due_at: b.due_at,
    outcome,
    tries,
  };
  switch (outcome) {
    case 'reached':
      return { ...same, status: 'completed', notice: null };
    case 'wrong_number':
      return {
        ...same,
        status: 'failed',
        notice:
          'We could not reach you: the number you gave seems to be wrong. Book a new call with the right number, or write to us here.',
      };
    case 'no_answer': {
      if (tries >= policy.maxAttempts) {
        return {
          ...same,
          status: 'failed',
          notice: `We called ${tries} time${tries === 1 ? '' : 's'} but could not reach you. Write to us here, or book a new call when it suits you.`,
        };
      }
      return {
        ...same,
        status: 'scheduled',
        due_at: new Date(now.getTime() + policy.retryMinutes * MINUTE_MS),
        notice: `We called but could not reach you. We will try again in about ${policy.retryMinutes} minutes.`,
      };
    }
    case 'rescheduled':
      if (!slot) throw new RangeError('a rescheduled call needs its new slot');
      return {
        status: 'scheduled',
        outcome,
        tries: 0,
        kind: 'slot',
        slot_start: slot,
        slot_minutes: policy.slotMinutes,
        due_at: slot,
        reminder_sent_at: null,
        notice: null,
      };
  }
}
