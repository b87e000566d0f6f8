import {
  findCallback,
  findLiveCallbackOfContact,
  insertCallback,
  lockNowBookings,
  lockSlotBookings,
  type CallbackRow,
} from '../../db/queries/callbacks.js';
import { enqueueEmail } from '../../db/queries/email-outbox.js';
import { findWorkspaceById } from '../../db/queries/workspaces.js';
import { isTimeZone } from '../../shared/schemas/business-hours.js';
import type {
  BookCallbackInput,
  CallbackSettings,
  CustomerCallbackView,
  SlotView,
} from '../../shared/schemas/callbacks.js';
import type { ConversationDeps, Participant } from '../conversations/realtime-deps.js';
import { AppError } from '../errors.js';
import { withCommittedEvents } from './after-commit.js';
import { loadCallTeam, nowOfferFor, openSlotsFor, type CallTeam } from './call-capacity.js';
import { callbackSettings } from './callback-settings.js';
import { customerView, phoneDisplay } from './callback-views.js';
import { normalisePhone } from './normalise-phone.js';
import { openCallbackTask } from './open-callback-task.js';
import { isOfferedStart, slotCapacity } from './slots.js';

type Customer = Extract<Participant, { kind: 'contact' }>;

export type BookingResult =
  | { status: 'booked'; created: boolean; callback: CustomerCallbackView }
  /** Someone took the last place (or "now" stopped being possible) a moment ago. */
  | { status: 'taken'; message: string; next: SlotView | null };

/**
 * Books a call for the customer: "now", only while someone can call within the promise, or a
 * slot with room. Never overbooked: the places of a slot are counted under a lock held for the
 * slot across every connection and server node, so of two customers taking its last place at
 * once exactly one gets it and the other is told, with the next free slot. "Now" bookings are
 * serialised the same way, each seeing the calls booked before it. The confirmation email is
 * queued in the booking's transaction; a "now" call is a task in the queue at once.
 */
export async function bookCallback(
  deps: ConversationDeps,
  who: Customer,
  input: BookCallbackInput & { onlineAgentIds: readonly string[] },
): Promise<BookingResult> {
  const earlier = await findCallback(deps.db, who.workspaceId, input.callbackId);
  if (earlier) return sameBooking(deps, earlier, who);
  const live = await findLiveCallbackOfContact(deps.db, who.workspaceId, who.contactId);
  if (live) throw alreadyBooked();
  const settings = await callbackSettings(deps, who.workspaceId);
  if (!settings.enabled) {
    throw new AppError('forbidden', 'Calls back are switched off here. Write to us instead.');
  }
  const phone = normalisePhone(input.phone, {
    defaultCountry: settings.defaultCountry,
    ...(input.locale ? { locale: input.locale } : {}),
  });
  const team = await loadCallTeam(deps.db, who.workspaceId, settings);
  const now = deps.now();
  const base = {
    id: input.callbackId,
    workspace_id: who.workspaceId,
    contact_id: who.contactId,
    phone: phone.e164,
    name: input.name || null,
    email: input.email ?? null,
    note: input.note || null,
    time_zone: input.timeZone && isTimeZone(input.timeZone) ? input.timeZone : null,
    created_at: now,
  };
  const booked = await withCommittedEvents(deps, async (tx) => {
    if (input.when.kind === 'now') {
      await lockNowBookings(tx.db, who.workspaceId);
      const offer = await nowOfferFor(
        tx.db,
        who.workspaceId,
        settings,
        team,
        input.onlineAgentIds,
        now,
      );
      if (!offer.offered) return undefined;
      const row = await insertCallback(tx.db, {
        ...base,
        kind: 'now',
        slot_start: null,
        slot_minutes: null,
        due_at: now,
        status: 'queued',
      });
      if (!row) throw await notInserted(tx, base);
      await confirm(tx, row, settings);
      return openCallbackTask(tx, row, settings);
    }
    const start = new Date(input.when.start);
    if (!isOfferedStart(start, now, settings.slotMinutes, settings.daysAhead)) {
      throw new AppError('invalid_input', 'That time is not one we offer. Pick one from the list.');
    }
    const taken = await lockSlotBookings(tx.db, who.workspaceId, start);
    if (taken >= slotCapacity(team.callers, team.schedules, start, settings.slotMinutes)) {
      return undefined;
    }
    const row = await insertCallback(tx.db, {
      ...base,
      kind: 'slot',
      slot_start: start,
      slot_minutes: settings.slotMinutes,
      due_at: start,
      status: 'scheduled',
    });
    if (!row) throw await notInserted(tx, base);
    await confirm(tx, row, settings);
    return row;
  });
  if (!booked) return nextInstead(deps, who.workspaceId, settings, team, input.when);
  const emailed = Boolean(deps.emailEnabled && booked.email);
  return { status: 'booked', created: true, callback: customerView(booked, emailed) };
}

/** The place went to someone else: say so, and offer the next free slot. */
async function nextInstead(
  deps: ConversationDeps,
  workspaceId: string,
  settings: CallbackSettings,
  team: CallTeam,
  when: BookCallbackInput['when'],
): Promise<BookingResult> {
  const slots = await openSlotsFor(deps.db, workspaceId, settings, team, deps.now());
  const wanted = when.kind === 'slot' ? Date.parse(when.start) : 0;
  const next = slots.find((s) => Date.parse(s.start) >= wanted) ?? slots[0] ?? null;
  const message =
    when.kind === 'now'
      ? `Nobody can call you within ${settings.promiseMinutes} minutes any more. Pick a time instead.`
      : 'Someone booked the last place at that time a moment ago. Pick another time.';
  return { status: 'taken', message, next };
}

/** "We will call you": queued in the booking's transaction, sent only if it commits. */
async function confirm(tx: ConversationDeps, b: CallbackRow, settings: CallbackSettings) {
  if (!tx.emailEnabled || !b.email) return;
  const workspace = await findWorkspaceById(tx.db, b.workspace_id);
  await enqueueEmail(tx.db, {
    workspace_id: b.workspace_id,
    template: 'callback_confirmation',
    to_address: b.email,
    data: {
      company: workspace?.name ?? '',
      name: b.name,
      phone: phoneDisplay(b.phone),
      slotStart: b.slot_start?.toISOString() ?? null,
      timeZone: b.time_zone,
      promiseMinutes: settings.promiseMinutes,
    },
  });
}

/** A retried booking: the same customer gets what the first attempt booked. */
function sameBooking(deps: ConversationDeps, b: CallbackRow, who: Customer): BookingResult {
  if (b.contact_id !== who.contactId) throw idTaken();
  const emailed = Boolean(deps.emailEnabled && b.email);
  return { status: 'booked', created: false, callback: customerView(b, emailed) };
}

/** The insert hit a unique rule: the id was used meanwhile, or another booking of theirs won. */
async function notInserted(tx: ConversationDeps, b: { workspace_id: string; id: string }) {
  return (await findCallback(tx.db, b.workspace_id, b.id)) ? idTaken() : alreadyBooked();
}

const alreadyBooked = () =>
  new AppError(
    'conflict',
    'You already have a call booked with us. Cancel that one first to book another time.',
  );

const idTaken = () =>
  new AppError('conflict', 'That callback id is taken; make a new one and book again.');
