import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKEND } from '../../../test/test-db.js';
import type { BookCallbackInput } from '../../shared/schemas/callbacks.js';
import { AppError } from '../errors.js';
import { bookCallback, type BookingResult } from './book-callback.js';
import { callbackDeps, callbackWorkspace, customerOf } from './callbacks.test-helpers.js';
import { listCallbackOptions } from './list-callback-options.js';

let t: Awaited<ReturnType<typeof callbackDeps>>;
beforeAll(async () => {
  t = await callbackDeps(new Date('2026-03-02T09:05:00Z'));
});
afterAll(() => t.db.close());

const SLOT = '2026-03-02T10:00:00.000Z';
const NEXT = '2026-03-02T10:15:00.000Z';

type Booking = BookCallbackInput & { onlineAgentIds: string[] };

function booking(over: Partial<Booking> = {}): Booking {
  return {
    callbackId: randomUUID(),
    phone: '(415) 555-0132',
    when: { kind: 'slot', start: SLOT },
    onlineAgentIds: [],
    ...over,
  };
}

const count = async (sql: string, params: unknown[]) =>
  (await t.db.query<{ n: number }>(sql, params))[0]!.n;

const placesIn = (workspaceId: string, start: string) =>
  count(
    `select count(*)::int as n from callbacks
      where workspace_id = $1 and slot_start = $2 and status in ('scheduled', 'queued')`,
    [workspaceId, start],
  );

describe(`booking a callback (${BACKEND})`, () => {
  it('two customers taking the last place of a slot at once: exactly one gets it, the other is offered the next slot', async () => {
    const { ws } = await callbackWorkspace(t.deps, 1);
    const [anna, ben] = [await customerOf(t.deps, ws), await customerOf(t.deps, ws)];
    const results = await Promise.all([
      bookCallback(t.deps, anna, booking()),
      bookCallback(t.deps, ben, booking()),
    ]);
    const booked = results.filter((r) => r.status === 'booked');
    const taken = results.filter(
      (r): r is Extract<BookingResult, { status: 'taken' }> => r.status === 'taken',
    );
    expect(booked).toHaveLength(1);
    expect(taken).toHaveLength(1);
    expect(taken[0]!.message).toMatch(/booked the last place/);
    expect(taken[0]!.next?.start).toBe(NEXT);
    expect(await placesIn(ws.id, SLOT)).toBe(1);
  });

  it('never books a slot past its capacity, however many customers race for it', async () => {
    const { ws } = await callbackWorkspace(t.deps, 3);
    const customers = await Promise.all(Array.from({ length: 8 }, () => customerOf(t.deps, ws)));
    const results = await Promise.all(customers.map((c) => bookCallback(t.deps, c, booking())));
    expect(results.filter((r) => r.status === 'booked')).toHaveLength(3);
    expect(results.filter((r) => r.status === 'taken')).toHaveLength(5);
    expect(await placesIn(ws.id, SLOT)).toBe(3);
    const options = await listCallbackOptions(t.deps, customers[0]!, []);
    expect(options.slots.find((s) => s.start === SLOT)).toBeUndefined();
    expect(options.slots.find((s) => s.start === NEXT)?.free).toBe(3);
  });

  it('a retried booking with the same id books nothing twice', async () => {
    const { ws } = await callbackWorkspace(t.deps, 2);
    const customer = await customerOf(t.deps, ws);
    const input = booking({ email: 'pat@example.test' });
    const first = await bookCallback(t.deps, customer, input);
    const again = await bookCallback(t.deps, customer, input);
    expect(first).toMatchObject({ status: 'booked', created: true });
    expect(again).toMatchObject({ status: 'booked', created: false });
    expect(again.status === 'booked' && again.callback).toEqual(
      first.status === 'booked' && first.callback,
    );
    expect(await placesIn(ws.id, SLOT)).toBe(1);
    const emails = await count(
      `select count(*)::int as n from email_outbox
        where workspace_id = $1 and template = 'callback_confirmation'`,
      [ws.id],
    );
    expect(emails).toBe(1);
  });

  it('stores the number in E.164 and confirms it to the customer by email, after the booking commits', async () => {
    const { ws } = await callbackWorkspace(t.deps, 1);
    const customer = await customerOf(t.deps, ws);
    const result = await bookCallback(
      t.deps,
      customer,
      booking({ email: 'sam@example.test', name: 'Sam', timeZone: 'Europe/Berlin' }),
    );
    expect(result).toMatchObject({
      status: 'booked',
      callback: { phone: '+1 415 555 0132', kind: 'slot', slotStart: SLOT, emailed: true },
    });
    const [mail] = await t.db.query<{ to_address: string; data: Record<string, unknown> }>(
      `select to_address, data from email_outbox where workspace_id = $1`,
      [ws.id],
    );
    expect(mail).toEqual({
      to_address: 'sam@example.test',
      data: expect.objectContaining({ phone: '+1 415 555 0132', slotStart: SLOT, name: 'Sam' }),
    });
    const [row] = await t.db.query<{ phone: string; time_zone: string }>(
      `select phone, time_zone from callbacks where workspace_id = $1`,
      [ws.id],
    );
    expect(row).toEqual({ phone: '+14155550132', time_zone: 'Europe/Berlin' });
  });

  it('queues no email when the server cannot send any', async () => {
    const { ws } = await callbackWorkspace(t.deps, 1);
    const customer = await customerOf(t.deps, ws);
    const noMail = { ...t.deps, emailEnabled: false };
    const result = await bookCallback(noMail, customer, booking({ email: 'lee@example.test' }));
    expect(result.status === 'booked' && result.callback.emailed).toBe(false);
    expect(
      await count('select count(*)::int as n from email_outbox where workspace_id = $1', [ws.id]),
    ).toBe(0);
  });

  it('refuses a second live callback, a time not offered, and an invalid number', async () => {
    const { ws } = await callbackWorkspace(t.deps, 2);
    const customer = await customerOf(t.deps, ws);
    await bookCallback(t.deps, customer, booking());
    await expect(bookCallback(t.deps, customer, booking())).rejects.toThrow(
      /already have a call booked/,
    );
    const other = await customerOf(t.deps, ws);
    const offGrid = booking({ when: { kind: 'slot', start: '2026-03-02T10:07:00.000Z' } });
    await expect(bookCallback(t.deps, other, offGrid)).rejects.toThrow(/not one we offer/);
    const past = booking({ when: { kind: 'slot', start: '2026-03-02T09:00:00.000Z' } });
    await expect(bookCallback(t.deps, other, past)).rejects.toThrow(/not one we offer/);
    const bad = bookCallback(t.deps, other, booking({ phone: '12' }));
    await expect(bad).rejects.toBeInstanceOf(AppError);
    await expect(bad).rejects.toThrow(/too short/);
  });

  it('books "now" only while someone can call within the promise, and makes it a task at once', async () => {
    const { ws, callers } = await callbackWorkspace(t.deps, 1, { promiseMinutes: 10 });
    const anna = await customerOf(t.deps, ws);
    const ben = await customerOf(t.deps, ws);
    const cleo = await customerOf(t.deps, ws);
    const now = { when: { kind: 'now' as const }, onlineAgentIds: callers };
    const nobody = await bookCallback(t.deps, anna, booking({ ...now, onlineAgentIds: [] }));
    expect(nobody).toMatchObject({
      status: 'taken',
      next: { start: SLOT.replace('10:00', '09:15') },
    });
    expect((nobody as { message: string }).message).toMatch(/within 10 minutes/);

    // One caller, free: the first "now" gets them; the second would wait past the promise.
    const results = await Promise.all([
      bookCallback(t.deps, ben, booking(now)),
      bookCallback(t.deps, cleo, booking(now)),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['booked', 'taken']);
    const [task] = await t.db.query<{ owner: string; channel: string; status: string }>(
      `select c.owner, c.channel, c.status from callbacks b
         join conversations c on c.id = b.conversation_id
        where b.workspace_id = $1 and b.kind = 'now'`,
      [ws.id],
    );
    expect(task).toEqual({ owner: 'queue', channel: 'voice', status: 'open' });
    const frames = t.events.filter(
      (e) => e.workspaceId === ws.id && e.frame.t === 'conversation' && e.inbox,
    );
    expect(frames).toHaveLength(1);
  });
});
