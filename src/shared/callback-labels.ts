// Callback words and lists shared by the server, the console and the widget. No zod here: the
// browser bundles import this file and must not pull in the schema library.

export const SLOT_LENGTHS = [10, 15, 20, 30, 60] as const;
export const CALLBACK_STATUSES = [
  'scheduled',
  'queued',
  'completed',
  'failed',
  'cancelled',
] as const;
export type CallbackStatus = (typeof CALLBACK_STATUSES)[number];
export const CALLBACK_OUTCOMES = ['reached', 'no_answer', 'rescheduled', 'wrong_number'] as const;
export type CallbackOutcome = (typeof CALLBACK_OUTCOMES)[number];
export const CALLBACK_VIEWS = ['today', 'upcoming', 'overdue', 'done'] as const;
export type CallbackListView = (typeof CALLBACK_VIEWS)[number];

export const OUTCOME_LABELS: Record<CallbackOutcome, string> = {
  reached: 'Reached',
  no_answer: 'No answer',
  rescheduled: 'Rescheduled',
  wrong_number: 'Wrong number',
};
