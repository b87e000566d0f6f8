import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookCallback } from './book-callback.js';
import { callbackDeps, callbackWorkspace, customerOf } from './callbacks.test-helpers.js';
import { sweepCallbacks } from './sweep-callbacks.js';

let t: Awaited<ReturnType<typeof callbackDeps>>;
beforeAll(async () => {
  t = await callbackDeps();
});
afterAll(() => t.db.close());

const SLOT = '2026-03-02T11:00:00.000Z';

async function booked(email: string | undefined, reminderMinutes = 30) {
  t.at('2026-03-02T09:00:00Z');
  const { ws } = await callbackWorkspace(t.deps, 1, { reminderMinutes });
  const customer = await customerOf(t.deps, ws);
  const result = await bookCallback(t.deps, customer, {
    callbackId: randomUUID(),
    phone: '+1 415 555 0132',
    note: 'About my kegerator order',
    when: { kind: 'slot', start: SLOT },
    onlineAgentIds: [],
    ...(email ? { email } : {}),
  });
  if (result.status !== 'booked') throw new Error('not booked');
  return { ws, id: result.callback.id };
}

const reminders = async (workspaceId: string) =>
  t.db.query<{ to_address: string; data: { slotStart: string } }>(
    `select to_address, data from email_outbox
      where workspace_id = $1 and template = 'callback_reminder'`,
    [workspaceId],
  );

const state = async (id: string) =>
  (
    await t.db.query<{ status: string; conversation_id: string | null }>(
      'select status, conversation_id from callbacks where id = $1',
      [id],
    )
  )[0]!;

describe('the callback clock', () => {
  it('sends the reminder once, at the reminder time before the slot, however often it sweeps', async () => {
    const { ws } = await booked('kim@example.test');
    t.at('2026-03-02T10:29:00Z');
    await sweepCallbacks(t.deps);
    expect(await reminders(ws.id)).toEqual([]);
    t.at('2026-03-02T10:30:00Z');
    await Promise.all([sweepCallbacks(t.deps), sweepCallbacks(t.deps)]);
    await sweepCallbacks(t.deps);
    t.at('2026-03-02T10:45:00Z');
    await sweepCallbacks(t.deps);
    expect(await reminders(ws.id)).toEqual([
      { to_address: 'kim@example.test', data: expect.objectContaining({ slotStart: SLOT }) },
    ]);
  });

  it('sends no reminder without an address, with reminders off, or without email on the server', async () => {
    const a = await booked(undefined);
    const b = await booked('off@example.test', 0);
    const c = await booked('nosmtp@example.test');
    t.at('2026-03-02T10:40:00Z');
    await sweepCallbacks({ ...t.deps, emailEnabled: false });
    await sweepCallbacks(t.deps);
    expect(await reminders(a.ws.id)).toEqual([]);
    expect(await reminders(b.ws.id)).toEqual([]);
    // The sweep without email left it owed; one with email sends it.
    expect(await reminders(c.ws.id)).toHaveLength(1);
  });

  it('turns a booked callback into a voice task in the queue at its time, once', async () => {
    const { ws, id } = await booked(undefined);
    t.at('2026-03-02T10:59:59Z');
    await sweepCallbacks(t.deps);
    expect(await state(id)).toEqual({ status: 'scheduled', conversation_id: null });
    t.at('2026-03-02T11:00:00Z');
    const before = t.events.length;
    await Promise.all([sweepCallbacks(t.deps), sweepCallbacks(t.deps)]);
    await sweepCallbacks(t.deps);
    const now = await state(id);
    expect(now.status).toBe('queued');
    const tasks = await t.db.query<Record<string, unknown>>(
      `select owner, channel, status, subject, queued_at from conversations where workspace_id = $1`,
      [ws.id],
    );
    expect(tasks).toEqual([
      {
        owner: 'queue',
        channel: 'voice',
        status: 'open',
        subject: 'Call back +1 415 555 0132',
        queued_at: new Date('2026-03-02T11:00:00Z'),
      },
    ]);
    const [line] = await t.db.query<{ body: string; author_type: string }>(
      'select body, author_type from messages where conversation_id = $1',
      [now.conversation_id],
    );
    expect(line).toEqual({
      author_type: 'system',
      body: 'We will call you at +1 415 555 0132 shortly.\nAbout: About my kegerator order',
    });
    // The auto-assigner hears of it through the committed conversation event.
    const published = t.events.slice(before).filter((e) => e.workspaceId === ws.id);
    expect(published.map((e) => e.frame.t)).toEqual(['conversation', 'message', 'inbox']);
  });
});
