import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openVisitorSession } from '../../core/contacts/open-visitor-session.js';
import { startConversation } from '../../core/conversations/start-conversation.js';
import { seedMember, seedWorkspace } from '../../../test/seed.js';
import { ConsoleClient, createTestApp, type TestApp } from '../../../test/test-app.js';

let t: TestApp;
let laura: ConsoleClient;
let lauraId: string;
let outsider: ConsoleClient;
let hopsQuestion: string;
let yeastQuestion: string;

type Inbox = {
  conversations: {
    id: string;
    assigneeId: string | null;
    status: string;
    contactName: string | null;
    priority: string;
  }[];
  counts: Record<string, number>;
};

beforeAll(async () => {
  t = await createTestApp();
  const ws = await seedWorkspace(t.core);
  const l = await seedMember(t.core, ws.id, { role: 'agent' });
  const o = await seedMember(t.core, (await seedWorkspace(t.core)).id, { role: 'owner' });
  laura = new ConsoleClient(t);
  outsider = new ConsoleClient(t);
  await laura.logIn(l.email, l.password!);
  await outsider.logIn(o.email, o.password!);
  lauraId = l.userId;
  const ask = async (name: string, body: string) => {
    const v = await openVisitorSession(t.core, {
      workspaceKey: ws.public_key,
      identity: { id: randomUUID(), name },
    });
    const id = randomUUID();
    await startConversation(t.core, {
      workspaceId: ws.id,
      contactId: v.contact.id,
      conversationId: id,
      topic: 'question',
      clientId: randomUUID(),
      body,
    });
    return id;
  };
  hopsQuestion = await ask('Priya', 'Are the Citra hops from this year’s harvest?');
  yeastQuestion = await ask('Tom', 'How long does dry yeast keep?');
});
afterAll(() => t.close());

const inbox = async (query: string) =>
  (await (await laura.get(`/api/console/conversations?${query}`)).json()) as Inbox;

describe('the console inbox', () => {
  it('shows open conversations with their customer, and counts every view', async () => {
    const open = await inbox('view=open');
    expect(open.conversations.map((c) => c.id).sort()).toEqual(
      [hopsQuestion, yeastQuestion].sort(),
    );
    expect(open.conversations.find((c) => c.id === hopsQuestion)?.contactName).toBe('Priya');
    expect(open.counts).toEqual({ mine: 0, unassigned: 2, open: 2, resolved: 0 });
  });

  it('finds conversations by customer name and by message text', async () => {
    expect((await inbox('q=priya')).conversations.map((c) => c.id)).toEqual([hopsQuestion]);
    expect((await inbox('q=dry%20yeast')).conversations.map((c) => c.id)).toEqual([yeastQuestion]);
  });

  it('assigning moves a conversation to "mine" and tells every agent live', async () => {
    t.events.length = 0;
    const res = await laura.post(`/api/console/conversations/${hopsQuestion}/assign`, {
      assigneeId: lauraId,
    });
    expect(res.status).toBe(200);
    expect((await inbox('view=mine')).conversations.map((c) => c.id)).toEqual([hopsQuestion]);
    expect(t.events).toEqual([
      expect.objectContaining({
        inbox: true,
        internal: true,
        frame: expect.objectContaining({ t: 'conversation' }),
      }),
    ]);
    const stranger = await laura.post(`/api/console/conversations/${hopsQuestion}/assign`, {
      assigneeId: randomUUID(),
    });
    expect(stranger.status).toBe(400);
  });

  it('resolving tells the customer, and reopening brings it back', async () => {
    t.events.length = 0;
    expect((await laura.post(`/api/console/conversations/${yeastQuestion}/resolve`)).status).toBe(
      200,
    );
    expect(t.events.find((e) => !e.internal)).toMatchObject({
      frame: { t: 'status', status: 'resolved' },
    });
    expect((await inbox('view=resolved')).conversations.map((c) => c.id)).toEqual([yeastQuestion]);
    await laura.post(`/api/console/conversations/${yeastQuestion}/reopen`);
    expect((await inbox('view=resolved')).conversations).toEqual([]);
  });

  it('an agent marks a conversation urgent: agents see it live, the customer is not told', async () => {
    t.events.length = 0;
    const res = await laura.post(`/api/console/conversations/${yeastQuestion}/priority`, {
      priority: 'urgent',
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: yeastQuestion, priority: 'urgent' });
    expect(t.events).toEqual([
      expect.objectContaining({
        internal: true,
        frame: { t: 'conversation', conversation: expect.objectContaining({ priority: 'urgent' }) },
      }),
    ]);
    const open = await inbox('view=open');
    expect(open.conversations.find((c) => c.id === yeastQuestion)).toMatchObject({
      priority: 'urgent',
    });
    // The same again changes nothing and tells nobody.
    t.events.length = 0;
    await laura.post(`/api/console/conversations/${yeastQuestion}/priority`, {
      priority: 'urgent',
    });
    expect(t.events).toEqual([]);
    const bad = await laura.post(`/api/console/conversations/${yeastQuestion}/priority`, {
      priority: 'asap',
    });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('priority is one of urgent, high, normal, low');
    expect(
      (
        await outsider.post(`/api/console/conversations/${yeastQuestion}/priority`, {
          priority: 'low',
        })
      ).status,
    ).toBe(404);
  });

  it("another workspace's member sees none of it and can change none of it", async () => {
    const res = await outsider.get(`/api/console/conversations/${hopsQuestion}`);
    expect(res.status).toBe(404);
    expect((await outsider.post(`/api/console/conversations/${hopsQuestion}/resolve`)).status).toBe(
      404,
    );
    expect((await outsider.get(`/api/console/conversations/${hopsQuestion}/messages`)).status).toBe(
      404,
    );
    const theirs = (await (
      await outsider.get('/api/console/conversations?view=open')
    ).json()) as Inbox;
    expect(theirs.conversations).toEqual([]);
  });

  it('returns the full history to an agent, private notes included', async () => {
    const res = await laura.get(`/api/console/conversations/${hopsQuestion}/messages?after=0`);
    const body = (await res.json()) as { messages: { body: string }[] };
    expect(body.messages.map((m) => m.body)).toEqual([
      'Are the Citra hops from this year’s harvest?',
    ]);
  });
});
