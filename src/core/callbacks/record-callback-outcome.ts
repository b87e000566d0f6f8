import { randomUUID } from 'node:crypto';
import { insertCallbackAttempt } from '../../db/queries/callback-attempts.js';
import { insertSystemMessage } from '../../db/queries/case-messages.js';
import {
  lockCallback,
  lockSlotBookings,
  saveCallbackState,
  type CallbackRow,
} from '../../db/queries/callbacks.js';
import { lockConversation } from '../../db/queries/ownership.js';
import type {
  CallbackOutcomeInput,
  CallbackSettings,
  CallbackView,
} from '../../shared/schemas/callbacks.js';
import { changeOwner } from '../conversations/change-owner.js';
import { publishMessage } from '../conversations/publish-message.js';
import type { ConversationDeps } from '../conversations/realtime-deps.js';
import { AppError, notFound } from '../errors.js';
import { withCommittedEvents } from './after-commit.js';
import { loadCallTeam } from './call-capacity.js';
import { callbackSettings } from './callback-settings.js';
import { getCallback } from './get-callback.js';
import { afterCall } from './retry-policy.js';
import { isOfferedStart, slotCapacity } from './slots.js';

type Agent = { workspaceId: string; userId: string };

/**
 * The agent dialled; this records how it went, as one attempt, and moves the callback on by the
 * retry policy (retry-policy.ts). The task leaves the agent's hands either way: resolved, and —
 * when another call is due later — back with the queue, so the next attempt goes to whoever is
 * free then. A new slot for a rescheduled call is taken under the slot's lock, like a booking.
 * The customer is told in their conversation when we could not reach them.
 */
export async function recordCallbackOutcome(
  deps: ConversationDeps,
  by: Agent,
  input: CallbackOutcomeInput & { callbackId: string },
): Promise<CallbackView> {
  const settings = await callbackSettings(deps, by.workspaceId);
  const slot = input.outcome === 'rescheduled' ? new Date(input.slotStart!) : undefined;
  await withCommittedEvents(deps, async (tx) => {
    const b = await lockCallback(tx.db, by.workspaceId, input.callbackId);
    if (!b) throw notFound('Callback');
    if (b.status !== 'scheduled' && b.status !== 'queued') {
      throw new AppError(
        'conflict',
        `This call is already ${b.status}; there is nothing to record. Reload to see where it stands.`,
      );
    }
    const now = tx.now();
    if (slot) await takeSlot(tx, b, slot, settings, now);
    const next = afterCall(b, input.outcome, settings, now, slot);
    await insertCallbackAttempt(tx.db, {
      workspace_id: b.workspace_id,
      callback_id: b.id,
      agent_id: by.userId,
      outcome: input.outcome,
      note: input.note || null,
      rescheduled_to: slot ?? null,
      at: now,
    });
    await saveCallbackState(tx.db, { ...b, ...next }, now);
    if (b.conversation_id) {
      await tellCustomer(tx, b, next.notice);
      await closeTask(tx, by, b.conversation_id, next.status === 'scheduled');
    }
  });
  return getCallback(deps, by.workspaceId, input.callbackId);
}

/** Books the new slot of a rescheduled call, never past the slot's capacity. */
async function takeSlot(
  tx: ConversationDeps,
  b: CallbackRow,
  slot: Date,
  settings: CallbackSettings,
  now: Date,
) {
  if (!isOfferedStart(slot, now, settings.slotMinutes, settings.daysAhead)) {
    throw new AppError('invalid_input', 'That time is not one we offer. Pick one from the list.');
  }
  if (b.slot_start?.getTime() === slot.getTime()) {
    throw new AppError('invalid_input', 'The call is already booked for that time.');
  }
  const team = await loadCallTeam(tx.db, b.workspace_id, settings);
  const taken = await lockSlotBookings(tx.db, b.workspace_id, slot);
  if (taken >= slotCapacity(team.callers, team.schedules, slot, settings.slotMinutes)) {
    throw new AppError('conflict', 'That time was just taken. Pick another one.');
  }
}

async function tellCustomer(tx: ConversationDeps, b: CallbackRow, notice: string | null) {
  if (!notice) return;
  await lockConversation(tx.db, b.workspace_id, b.conversation_id!);
  const message = await insertSystemMessage(tx.db, {
    workspaceId: b.workspace_id,
    conversationId: b.conversation_id!,
    clientId: randomUUID(),
    body: notice,
    meta: null,
  });
  if (message) publishMessage(tx, message);
}

/** Resolved by the agent; back with the queue (still resolved) when another call comes later. */
async function closeTask(tx: ConversationDeps, by: Agent, conversationId: string, again: boolean) {
  const common = { workspaceId: by.workspaceId, conversationId, actorId: by.userId };
  await changeOwner(tx, { ...common, change: { type: 'resolve' } });
  if (again) await changeOwner(tx, { ...common, change: { type: 'release', reason: 'manual' } });
}
