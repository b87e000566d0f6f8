import { z } from 'zod';
import {
  CALLBACK_OUTCOMES,
  CALLBACK_VIEWS,
  SLOT_LENGTHS,
  type CallbackListView,
  type CallbackStatus,
  type CallbackOutcome,
} from '../callback-labels.js';

export * from '../callback-labels.js';

/** Wire shapes of callbacks ("Call me"): the widget's booking, the console's list and settings. */

const minutes = (min: number, max: number) =>
  z
    .number({ error: 'a number of minutes' })
    .int('whole minutes')
    .min(min, `at least ${min}`)
    .max(max, `at most ${max}`);

/** How a workspace takes callbacks. Every field has a default, so `{}` is the default policy. */
export const CallbackSettings = z.object({
  enabled: z.boolean().default(true),
  /** Numbers typed without a country code are read as this country's. */
  defaultCountry: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'a two-letter country code such as US, DE or GB')
    .default('US'),
  /** "Call me now" only when someone can call within this many minutes. */
  promiseMinutes: minutes(1, 240).default(10),
  slotMinutes: z
    .number()
    .refine((n) => (SLOT_LENGTHS as readonly number[]).includes(n), {
      error: `one of ${SLOT_LENGTHS.join(', ')} minutes`,
    })
    .default(15),
  daysAhead: z
    .number({ error: 'a number of days' })
    .int('whole days')
    .min(1, 'at least 1')
    .max(14, 'at most 14')
    .default(5),
  /** Calls in all when nobody answers, `retryMinutes` apart. */
  maxAttempts: z
    .number({ error: 'a number of calls' })
    .int('a whole number')
    .min(1, 'at least 1')
    .max(10, 'at most 10')
    .default(3),
  retryMinutes: minutes(1, 1440).default(10),
  /** The email reminder before a booked slot; 0 sends none. */
  reminderMinutes: minutes(0, 1440).default(30),
  /** Above this expected wait the widget offers a callback or an email reply instead. */
  alternativesMinutes: minutes(1, 480).default(15),
  /** The team that makes the calls; null: any agent with the voice skill. */
  teamId: z.uuid({ error: 'a team id' }).nullable().default(null),
});
export type CallbackSettings = z.infer<typeof CallbackSettings>;

const Iso = z.iso.datetime({ offset: true, error: 'an ISO 8601 date and time' });

/** What the widget sends to book a call. The widget makes the id, so a retry books nothing twice. */
export const BookCallbackInput = z.object({
  callbackId: z.uuid(),
  phone: z
    .string()
    .trim()
    .min(1, 'your phone number, so we can call you')
    .max(40, 'a phone number of at most 40 characters'),
  name: z.string().trim().max(120, 'at most 120 characters').optional(),
  email: z.email({ error: 'an email address such as you@example.com' }).max(320).optional(),
  note: z.string().trim().max(500, 'at most 500 characters').optional(),
  when: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('now') }),
    z.object({ kind: z.literal('slot'), start: Iso }),
  ]),
  /** navigator.language: its region is a hint for numbers without a country code. */
  locale: z.string().max(35).optional(),
  /** The customer's IANA time zone, for the times in their emails. */
  timeZone: z.string().max(64).optional(),
});
export type BookCallbackInput = z.infer<typeof BookCallbackInput>;

export const CallbackOutcomeInput = z
  .object({
    outcome: z.enum(CALLBACK_OUTCOMES, { error: CALLBACK_OUTCOMES.join(', ') }),
    note: z.string().trim().max(1000, 'at most 1000 characters').optional(),
    /** The new slot, for a rescheduled call. */
    slotStart: Iso.optional(),
  })
  .refine((o) => o.outcome !== 'rescheduled' || o.slotStart, {
    path: ['slotStart'],
    error: 'the new time for a rescheduled call',
  });
export type CallbackOutcomeInput = z.infer<typeof CallbackOutcomeInput>;

export const CallbackListQuery = z.object({
  view: z.enum(CALLBACK_VIEWS).default('today'),
  /** The reader's time zone: "today" is their day. */
  tz: z.string().max(64).optional(),
});

export const EmailReplyInput = z.object({
  email: z.email({ error: 'an email address such as you@example.com' }).max(320),
});

/** A bookable slot with its free places. */
export interface SlotView {
  start: string;
  end: string;
  free: number;
}

/** The customer's own callback, as the widget shows it. */
export interface CustomerCallbackView {
  id: string;
  phone: string;
  kind: 'now' | 'slot';
  slotStart: string | null;
  status: CallbackStatus;
  /** A confirmation email is on its way. */
  emailed: boolean;
}

/** What the widget's booking screen offers right now. */
export interface CallbackOptions {
  enabled: boolean;
  now: { offered: boolean; etaMinutes: number | null };
  slots: SlotView[];
  slotMinutes: number;
  /** Email can be sent: ask for an address for the confirmation. */
  email: boolean;
  /** The customer's live callback, if they have one. */
  live: CustomerCallbackView | null;
}

/** What the widget needs before the panel opens: whether to offer callbacks and alternatives. */
export interface WidgetCallbackSettings {
  enabled: boolean;
  alternativesMinutes: number;
  email: boolean;
}

export interface CallbackAttemptView {
  outcome: CallbackOutcome;
  note: string | null;
  agentName: string | null;
  at: string;
  rescheduledTo: string | null;
}

export interface CallbackView {
  id: string;
  status: CallbackStatus;
  kind: 'now' | 'slot';
  /** E.164, for tel: links. */
  phone: string;
  /** The same, grouped for reading. */
  phoneDisplay: string;
  name: string | null;
  email: string | null;
  note: string | null;
  contactId: string | null;
  slotStart: string | null;
  slotEnd: string | null;
  dueAt: string;
  outcome: CallbackOutcome | null;
  tries: number;
  maxAttempts: number;
  conversationId: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  overdue: boolean;
  attempts: CallbackAttemptView[];
  createdAt: string;
}

export interface CallbackList {
  callbacks: CallbackView[];
  counts: Record<CallbackListView, number>;
}
