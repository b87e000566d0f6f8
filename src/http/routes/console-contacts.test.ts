import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openVisitorSession } from '../../core/contacts/open-visitor-session.js';
import { setConversationStatus } from '../../core/conversations/change-conversation.js';
import { sendMessage } from '../../core/conversations/send-message.js';
import { startConversation } from '../../core/conversations/start-conversation.js';
import type { ContactActivity } from '../../shared/schemas/contact-activity.js';
import { seedMember, seedWorkspace } from '../../../test/seed.js';
import { ConsoleClient, createTestApp, type TestApp } from '../../../test/test-app.js';

let t: TestApp;
let laura: ConsoleClient;
let outsider: ConsoleClient;
let workspaceId: string;
let agent: { kind: 'agent'; workspaceId: string; userId: string };
let priya: string;
let tom: string;

beforeAll(async () => {
  t = await createTestApp();
  const ws = await seedWorkspace(t.core);
  workspaceId = ws.id;
  const l = await seedMember(t.core, ws.id, { role: 'agent' });
  const o = await seedMember(t.core, (await seedWorkspace(t.core)).id, { role: 'owner' });
  laura = new ConsoleClient(t);
  outsider = new ConsoleClient(t);
  await laura.logIn(l.email, l.password!);
  await outsider.logIn(o.email, o.password!);
  agent = { kind: 'agent', workspaceId: ws.id, userId: l.userId };
  const contact = async () =>
    (await openVisitorSession(t.core, { workspaceKey: ws.public_key })).contact.id;
  priya = await contact();
  tom = await contact();
});
afterAll(() => t.close());

async function ask(contactId: string, topic: 'question' | 'complaint', body: string) {
  const conversationId = randomUUID();
  await startConversation(t.core, {
    workspaceId,
    contactId,
    conversationId,
    topic,
    clientId: randomUUID(),
    body,
  });
  return conversationId;
}

const activity = async (client: ConsoleClient, contactId: string) => {
  const res = await client.get(`/api/console/contacts/${contactId}/activity`);
  return { status: res.status, body: (await res.json()) as ContactActivity };
};

describe("a contact's past conversations in the console", () => {
  it('lists every conversation of the contact, most recently active first, with status, topic and preview', async () => {
    const broken = await ask(priya, 'complaint', 'My fermenter arrived cracked.');
    const question = await ask(priya, 'question', 'Which yeast for a Kölsch?');
    await ask(tom, 'question', 'Tom asks something else entirely.');
    await setConversationStatus(t.core, agent, { conversationId: broken, status: 'resolved' });
    // A later reply makes the older conversation the most recently active one.
    await sendMessage(t.core, agent, {
      conversationId: broken,
      clientId: randomUUID(),
      body: 'A replacement is on its way.',
    });

    const { status, body } = await activity(laura, priya);
    expect(status).toBe(200);
    expect(body.page).toBeNull();
    expect(body.conversations.map((c) => c.id)).toEqual([broken, question]);
    expect(body.conversations[0]).toMatchObject({
      status: 'resolved',
      topic: 'complaint',
      preview: 'My fermenter arrived cracked.',
    });
    expect(body.conversations[1]).toMatchObject({
      status: 'open',
      topic: 'question',
      preview: 'Which yeast for a Kölsch?',
    });
    for (const c of body.conversations) {
      expect(Number.isNaN(Date.parse(c.createdAt))).toBe(false);
      expect(Date.parse(c.updatedAt)).toBeGreaterThanOrEqual(Date.parse(c.createdAt));
    }
    expect(JSON.stringify(body)).not.toContain('Tom asks');
  });

  it('without a subject the preview is the first message the customer could see, never a note', async () => {
    const id = randomUUID();
    await t.db.query(
      'insert into conversations (id, workspace_id, contact_id) values ($1, $2, $3)',
      [id, workspaceId, tom],
    );
    await sendMessage(t.core, agent, {
      conversationId: id,
      clientId: randomUUID(),
      body: 'Internal: call him back',
      private: true,
    });
    await sendMessage(t.core, agent, {
      conversationId: id,
      clientId: randomUUID(),
      body: 'Hello Tom, following up on your order.',
    });
    const { body } = await activity(laura, tom);
    expect(body.conversations.find((c) => c.id === id)?.preview).toBe(
      'Hello Tom, following up on your order.',
    );
    expect(JSON.stringify(body)).not.toContain('Internal: call him back');
  });

  it("another workspace's member gets 404 for the contact, and so does a made-up id", async () => {
    const res = await outsider.get(`/api/console/contacts/${priya}/activity`);
    expect(res.status).toBe(404);
    expect(JSON.stringify(await res.json())).not.toContain('fermenter');
    expect((await laura.get(`/api/console/contacts/${randomUUID()}/activity`)).status).toBe(404);
    expect((await laura.get('/api/console/contacts/not-a-uuid/activity')).status).toBe(404);
  });

  it('is for signed-in members only', async () => {
    const res = await t.fetch(`/api/console/contacts/${priya}/activity`);
    expect(res.status).toBe(401);
  });
});
