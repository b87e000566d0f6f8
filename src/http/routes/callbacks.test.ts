import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedMember, seedWorkspace } from '../../../test/seed.js';
import { ConsoleClient, createTestApp, type TestApp } from '../../../test/test-app.js';
import { saveAgentProfile } from '../../db/queries/agent-profiles.js';
import type {
  CallbackList,
  CallbackOptions,
  CallbackView,
  CustomerCallbackView,
} from '../../shared/schemas/callbacks.js';
import { openVisitor, type Visitor } from './cases.test-helpers.js';

let t: TestApp;

/** A workspace with one agent who takes calls, an admin, and both signed in. */
async function workspace() {
  const ws = await seedWorkspace(t.core);
  const a = await seedMember(t.core, ws.id, { role: 'agent' });
  await saveAgentProfile(t.db, ws.id, a.userId, {
    skills: { voice: 2 },
    capacity: { chat: 3, email: 5, voice: 1 },
  });
  const m = await seedMember(t.core, ws.id, { role: 'admin' });
  const agent = new ConsoleClient(t);
  await agent.logIn(a.email, a.password!);
  const admin = new ConsoleClient(t);
  await admin.logIn(m.email, m.password!);
  return { ws, agent, admin, agentId: a.userId };
}

const options = async (v: Visitor) =>
  (await (await v.call('/callbacks/options')).json()) as CallbackOptions;

const book = (v: Visitor, start: string, over: Record<string, unknown> = {}) =>
  v.call('/callbacks', {
    callbackId: randomUUID(),
    phone: '+44 20 7946 0958',
    when: { kind: 'slot', start },
    ...over,
  });

let one: Awaited<ReturnType<typeof workspace>>;
let other: Awaited<ReturnType<typeof workspace>>;
beforeAll(async () => {
  t = await createTestApp();
  [one, other] = [await workspace(), await workspace()];
});
afterAll(() => t.close());

describe('callbacks over HTTP', () => {
  it('the widget learns whether to offer calls back and the alternatives threshold', async () => {
    const res = await t.fetch('/api/widget/callbacks/settings', {
      headers: { 'x-parley-key': one.ws.public_key },
    });
    expect(await res.json()).toEqual({ enabled: true, alternativesMinutes: 15, email: false });
    const none = await seedWorkspace(t.core);
    const empty = await t.fetch('/api/widget/callbacks/settings', {
      headers: { 'x-parley-key': none.public_key },
    });
    expect(((await empty.json()) as { enabled: boolean }).enabled).toBe(false);
  });

  it('a customer books a slot from the options, sees it as theirs, and cancelling frees the place', async () => {
    const visitor = await openVisitor(t, one.ws.public_key);
    const before = await options(visitor);
    expect(before).toMatchObject({ enabled: true, live: null, slotMinutes: 15 });
    expect(before.now).toEqual({ offered: false, etaMinutes: null }); // nobody online
    const slot = before.slots[0]!;
    const res = await book(visitor, slot.start, { name: 'Robin' });
    expect(res.status).toBe(201);
    const { callback } = (await res.json()) as { callback: CustomerCallbackView };
    expect(callback).toMatchObject({ phone: '+44 20 7946 0958', slotStart: slot.start });
    const after = await options(visitor);
    expect(after.live?.id).toBe(callback.id);
    expect(after.slots.find((s) => s.start === slot.start)).toBeUndefined();
    const cancelled = await visitor.call(`/callbacks/${callback.id}/cancel`, {});
    expect(((await cancelled.json()) as { callback: CustomerCallbackView }).callback.status).toBe(
      'cancelled',
    );
    expect((await options(visitor)).slots[0]?.start).toBe(slot.start);
  });

  it('answers 409 with the next free slot when the last place went to someone else', async () => {
    const [first, second] = [
      await openVisitor(t, one.ws.public_key),
      await openVisitor(t, one.ws.public_key),
    ];
    const [slot, next] = (await options(first)).slots;
    expect((await book(first, slot!.start)).status).toBe(201);
    const res = await book(second, slot!.start);
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({
      error: { code: 'conflict', message: expect.stringMatching(/booked the last place/) },
      nextSlot: next,
    });
  });

  it('refuses an invalid number with what to fix, naming the field', async () => {
    const visitor = await openVisitor(t, one.ws.public_key);
    const slot = (await options(visitor)).slots[0]!;
    const res = await book(visitor, slot.start, { phone: '020 7946' });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { message: string; issues: { path: string }[] } };
    expect(body.error.message).toMatch(/too short/);
    expect(body.error.issues[0]?.path).toBe('phone');
  });

  it('agents see today’s callbacks with the number to dial, and record the outcome', async () => {
    const visitor = await openVisitor(t, one.ws.public_key);
    const slot = (await options(visitor)).slots[0]!;
    const { callback } = (await (await book(visitor, slot.start)).json()) as {
      callback: CustomerCallbackView;
    };
    const tz = encodeURIComponent('Europe/London');
    const list = async (view: string) =>
      (await (
        await one.agent.get(`/api/console/callbacks?view=${view}&tz=${tz}`)
      ).json()) as CallbackList;
    // Today, unless the test runs in the last quarter hour of a London day.
    const [today, upcoming] = [await list('today'), await list('upcoming')];
    const mine = [...today.callbacks, ...upcoming.callbacks].find((c) => c.id === callback.id)!;
    expect(mine).toMatchObject({ phone: '+442079460958', phoneDisplay: '+44 20 7946 0958' });
    expect(today.counts.today + today.counts.upcoming).toBeGreaterThanOrEqual(1);
    const res = await one.agent.post(`/api/console/callbacks/${callback.id}/outcome`, {
      outcome: 'reached',
      note: 'Sorted the order',
    });
    expect(((await res.json()) as CallbackView).status).toBe('completed');
    const bad = await one.agent.post(`/api/console/callbacks/${callback.id}/outcome`, {
      outcome: 'rescheduled',
    });
    expect(bad.status).toBe(400);
  });

  it('keeps every callback inside its workspace', async () => {
    const visitor = await openVisitor(t, one.ws.public_key);
    const slot = (await options(visitor)).slots[0]!;
    const { callback } = (await (await book(visitor, slot.start)).json()) as {
      callback: CustomerCallbackView;
    };
    const stranger = await openVisitor(t, other.ws.public_key);
    expect((await stranger.call(`/callbacks/${callback.id}/cancel`, {})).status).toBe(404);
    expect((await other.agent.get(`/api/console/callbacks/${callback.id}`)).status).toBe(404);
    const recorded = await other.agent.post(`/api/console/callbacks/${callback.id}/outcome`, {
      outcome: 'reached',
    });
    expect(recorded.status).toBe(404);
    const list = (await (
      await other.agent.get('/api/console/callbacks?view=upcoming')
    ).json()) as CallbackList;
    const today = (await (
      await other.agent.get('/api/console/callbacks?view=today')
    ).json()) as CallbackList;
    expect([...list.callbacks, ...today.callbacks].map((c) => c.id)).not.toContain(callback.id);
    expect((await one.agent.get(`/api/console/callbacks/${callback.id}`)).status).toBe(200);
  });

  it('lets only owners and admins change the settings, and checks them', async () => {
    const settings = (await (
      await one.agent.get('/api/console/callback-settings')
    ).json()) as Record<string, unknown>;
    expect(settings).toMatchObject({ defaultCountry: 'US', promiseMinutes: 10, slotMinutes: 15 });
    const changed = { ...settings, defaultCountry: 'gb', slotMinutes: 30 };
    expect((await one.agent.send('PUT', '/api/console/callback-settings', changed)).status).toBe(
      403,
    );
    const saved = await one.admin.send('PUT', '/api/console/callback-settings', changed);
    expect(await saved.json()).toMatchObject({ defaultCountry: 'GB', slotMinutes: 30 });
    const wrong = await one.admin.send('PUT', '/api/console/callback-settings', {
      ...changed,
      defaultCountry: 'XX',
    });
    expect(wrong.status).toBe(400);
    const foreignTeam = await one.admin.send('PUT', '/api/console/callback-settings', {
      ...changed,
      teamId: randomUUID(),
    });
    expect(foreignTeam.status).toBe(400);
    // A national number is now read as British.
    const visitor = await openVisitor(t, one.ws.public_key);
    const slot = (await options(visitor)).slots[0]!;
    const res = await book(visitor, slot.start, { phone: '020 7946 0958' });
    expect(((await res.json()) as { callback: CustomerCallbackView }).callback.phone).toBe(
      '+44 20 7946 0958',
    );
  });

  it('slows one network booking call after call, with a clear 429 and when to try again', async () => {
    const v = await openVisitor(t, one.ws.public_key);
    let res: Response | undefined;
    for (let i = 0; i < 21; i++) {
      res = await book(v, '2020-01-01T09:00:00.000Z', { phone: '12' });
      if (res.status === 429) break;
      expect(res.status).toBe(400);
    }
    expect(res!.status).toBe(429);
    const body = (await res!.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('rate_limited');
    expect(body.error.message).toMatch(/Wait \d+ seconds/);
  });
});
