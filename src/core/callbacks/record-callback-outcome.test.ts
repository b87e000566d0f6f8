import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findConversation } from '../../db/queries/conversations.js';
import { changeOwner } from '../conversations/change-owner.js';
import { bookCallback } from './book-callback.js';
import { callbackDeps, callbackWorkspace, customerOf } from './callbacks.test-helpers.js';
import { getCallback } from './get-callback.js';
import { recordCallbackOutcome } from './record-callback-outcome.js';
import { sweepCallbacks } from './sweep-callbacks.js';

let t: Awaited<ReturnType<typeof callbackDeps>>;
beforeAll(async () => {
  t = await callbackDeps();
});
afterAll(() => t.db.close());

const SLOT = '2026-03-02T11:00:00.000Z';

/** A callback whose slot has come: a task in the queue, taken by the first caller. */
async function taskInHand(settings = {}) {
  t.at('2026-03-02T09:00:00Z');
  const { ws, callers } = await callbackWorkspace(t.deps, 2, settings);
  const customer = await customerOf(t.deps, ws);
  const result = await bookCallback(t.deps, customer, {
    callbackId: randomUUID(),
    phone: '+1 415 555 0132',
    when: { kind: 'slot', start: SLOT },
    onlineAgentIds: [],
  });
  if (result.status !== 'booked') throw new Error('not booked');
  t.at(SLOT);
  await sweepCallbacks(t.deps);
  const id = result.callback.id;
  const conversationId = (await getCallback(t.deps, ws.id, id)).conversationId!;
  await take(ws.id, conversationId, callers[0]!);
  return { ws, id, conversationId, agent: { workspaceId: ws.id, userId: callers[0]! } };
}

const take = (workspaceId: string, conversationId: string, userId: string) =>
  changeOwner(t.deps, {
    workspaceId,
    conversationId,
    change: { type: 'claim', userId },
    actorId: userId,
  });

const customerLines = async (conversationId: string) =>
  (
    await t.db.query<{ body: string }>(
      `select body from messages where conversation_id = $1 and author_type = 'system' order by seq`,
      [conversationId],
    )
  ).map((m) => m.body);

describe('recording how a call went', () => {
  it('no answer: the task leaves the agent, comes back after the retry time, and the third miss closes it', async () => {
    const { ws, id, conversationId, agent } = await taskInHand({
      maxAttempts: 3,
      retryMinutes: 10,
    });
    const first = await recordCallbackOutcome(t.deps, agent, {
      callbackId: id,
      outcome: 'no_answer',
      note: 'Voicemail',
    });
    expect(first).toMatchObject({
      status: 'scheduled',
      tries: 1,
      dueAt: '2026-03-02T11:10:00.000Z',
    });
    let conv = (await findConversation(t.db, ws.id, conversationId))!;
    expect([conv.status, conv.owner, conv.assignee_id]).toEqual(['resolved', 'queue', null]);

    for (const [minute, tries] of [
      ['11:10', 2],
      ['11:20', 3],
    ] as const) {
      t.at(`2026-03-02T${minute}:00Z`);
      await sweepCallbacks(t.deps);
      conv = (await findConversation(t.db, ws.id, conversationId))!;
      expect([conv.status, conv.owner]).toEqual(['open', 'queue']);
      await take(ws.id, conversationId, agent.userId);
      const after = await recordCallbackOutcome(t.deps, agent, {
        callbackId: id,
        outcome: 'no_answer',
      });
      expect(after.tries).toBe(tries);
    }
    const last = await getCallback(t.deps, ws.id, id);
    expect(last).toMatchObject({ status: 'failed', outcome: 'no_answer', tries: 3 });
    expect(last.attempts.map((a) => [a.outcome, a.note])).toEqual([
      ['no_answer', 'Voicemail'],
      ['no_answer', null],
      ['no_answer', null],
    ]);
    conv = (await findConversation(t.db, ws.id, conversationId))!;
    expect([conv.status, conv.assignee_id]).toEqual(['resolved', agent.userId]);
    const lines = await customerLines(conversationId);
    expect(lines.filter((l) => /try again in about 10 minutes/.test(l))).toHaveLength(2);
    expect(lines.at(-1)).toMatch(/called 3 times but could not reach you/);
  });

  it('reached: the callback is completed and its task resolved by the agent', async () => {
    const { ws, id, conversationId, agent } = await taskInHand();
    const view = await recordCallbackOutcome(t.deps, agent, { callbackId: id, outcome: 'reached' });
    expect(view).toMatchObject({ status: 'completed', outcome: 'reached', tries: 1 });
    expect(view.attempts[0]?.agentName).toBeTruthy();
    const conv = (await findConversation(t.db, ws.id, conversationId))!;
    expect([conv.status, conv.assignee_id]).toEqual(['resolved', agent.userId]);
    await expect(
      recordCallbackOutcome(t.deps, agent, { callbackId: id, outcome: 'reached' }),
    ).rejects.toThrow(/already completed/);
  });

  it('wrong number: closed, and the customer is asked for the right one', async () => {
    const { id, conversationId, agent } = await taskInHand();
    const view = await recordCallbackOutcome(t.deps, agent, {
      callbackId: id,
      outcome: 'wrong_number',
    });
    expect(view.status).toBe('failed');
    expect((await customerLines(conversationId)).at(-1)).toMatch(/seems to be wrong/);
  });

  it('rescheduled: booked for the new slot, never past its capacity, and a task again at that time', async () => {
    const { ws, id, conversationId, agent } = await taskInHand();
    const later = '2026-03-02T15:00:00.000Z';
    // Both callers' places at 15:00 go to other customers first.
    for (let i = 0; i < 2; i++) {
      await bookCallback(t.deps, await customerOf(t.deps, ws), {
        callbackId: randomUUID(),
        phone: '+1 415 555 0199',
        when: { kind: 'slot', start: later },
        onlineAgentIds: [],
      });
    }
    await expect(
      recordCallbackOutcome(t.deps, agent, {
        callbackId: id,
        outcome: 'rescheduled',
        slotStart: later,
      }),
    ).rejects.toThrow(/just taken/);
    const moved = await recordCallbackOutcome(t.deps, agent, {
      callbackId: id,
      outcome: 'rescheduled',
      slotStart: '2026-03-02T15:15:00.000Z',
      note: 'Customer is driving',
    });
    expect(moved).toMatchObject({
      status: 'scheduled',
      slotStart: '2026-03-02T15:15:00.000Z',
      tries: 0,
    });
    expect(moved.attempts.map((a) => a.rescheduledTo)).toEqual(['2026-03-02T15:15:00.000Z']);
    t.at('2026-03-02T15:15:00Z');
    await sweepCallbacks(t.deps);
    const conv = (await findConversation(t.db, ws.id, conversationId))!;
    expect([conv.status, conv.owner]).toEqual(['open', 'queue']);
  });

  it('another workspace’s agent cannot see or record a callback', async () => {
    const { id } = await taskInHand();
    const other = await callbackWorkspace(t.deps, 1);
    const stranger = { workspaceId: other.ws.id, userId: other.callers[0]! };
    await expect(getCallback(t.deps, other.ws.id, id)).rejects.toThrow(/not found/);
    await expect(
      recordCallbackOutcome(t.deps, stranger, { callbackId: id, outcome: 'reached' }),
    ).rejects.toThrow(/not found/);
  });
});
