import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { CallbackAttemptRow } from '../../db/queries/callback-attempts.js';
import type { CallbackListRow, CallbackRow } from '../../db/queries/callbacks.js';
import type {
  CallbackSettings,
  CallbackView,
  CustomerCallbackView,
} from '../../shared/schemas/callbacks.js';
import { MINUTE_MS } from '../routing/zoned-time.js';

/** +4930123456 → +49 30 123456 (as stored when it cannot be parsed). */
export const phoneDisplay = (e164: string) =>
  parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Live and past its time by more than a slot: nobody has recorded a call. */
export const isOverdue = (b: CallbackRow, settings: CallbackSettings, now: Date) =>
  (b.status === 'scheduled' || b.status === 'queued') &&
  b.due_at.getTime() < now.getTime() - settings.slotMinutes * MINUTE_MS;

export function customerView(b: CallbackRow, emailed: boolean): CustomerCallbackView {
  return {
    id: b.id,
    phone: phoneDisplay(b.phone),
    kind: b.kind,
    slotStart: iso(b.slot_start),
    status: b.status,
    emailed,
  };
}

export function callbackView(
  b: CallbackListRow,
  attempts: CallbackAttemptRow[],
  settings: CallbackSettings,
  now: Date,
): CallbackView {
  const end =
    b.slot_start && b.slot_minutes
      ? new Date(b.slot_start.getTime() + b.slot_minutes * MINUTE_MS)
      : null;
  return {
    id: b.id,
    status: b.status,
    kind: b.kind,
    phone: b.phone,
    phoneDisplay: phoneDisplay(b.phone),
    name: b.name ?? b.contact_name,
    email: b.email,
    note: b.note,
    contactId: b.contact_id,
    slotStart: iso(b.slot_start),
    slotEnd: iso(end),
    dueAt: b.due_at.toISOString(),
    outcome: b.outcome,
    tries: b.tries,
    maxAttempts: settings.maxAttempts,
    conversationId: b.conversation_id,
    assigneeId: b.assignee_id,
    assigneeName: b.assignee_name,
    overdue: isOverdue(b, settings, now),
    attempts: attempts
      .filter((a) => a.callback_id === b.id)
      .map((a) => ({
        outcome: a.outcome,
        note: a.note,
        agentName: a.agent_name,
        at: a.at.toISOString(),
        rescheduledTo: iso(a.rescheduled_to),
      })),
    createdAt: b.created_at.toISOString(),
  };
}
