import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../../../test/test-db.js';
import { seedMember, seedWorkspace } from '../../../test/seed.js';
import type { Db } from '../../db/db.js';
import type { ConversationEvent } from '../../shared/realtime.js';
import { openVisitorSession } from '../contacts/open-visitor-session.js';
import { catchUp } from './catch-up.js';
import { createMessageWriter } from './message-writer.js';
import type { ConversationDeps, Participant } from './realtime-deps.js';
import { sendMessage } from './send-message.js';
import { startConversation } from './start-conversation.js';

let db: Db;
let deps: ConversationDeps;
const events: ConversationEvent[] = [];
/** Events for conversation sockets (not the agents' workspace-wide inbox feed). */
const conversationEvents = () => events.filter((e) => !e.inbox);
let customer: Participant & { kind: 'contact' };
let stranger: Participant;
let agent: Participant;

beforeAll(async () => {
  db = await openTestDb();
  deps = {
    db,
    now: () => new Date(),
    sessionTtlMs: 1000,
    writer: createMessageWriter(db),
    publish: (e) => events.push(e),
  };
  const ws = await seedWorkspace(deps);
  const visitor = await openVisitorSession(deps, { workspaceKey: ws.public_key });
  const other = await openVisitorSession(deps, { workspaceKey: ws.public_key });
  const laura = await seedMember(deps, ws.id, { role: 'agent' });
  customer = { kind: 'contact', workspaceId: ws.id, contactId: visitor.contact.id };
  stranger = { kind: 'contact', workspaceId: ws.id, contactId: other.contact.id };
  agent = { kind: 'agent', workspaceId: ws.id, userId: laura.userId };
});
afterAll(() => db.close());

async function start(body = 'My starter kit arrived without an airlock') {
  return startConversation(deps, {
    workspaceId: customer.workspaceId,
    contactId: customer.contactId,
    conversationId: randomUUID(),
    topic: 'complaint',
    clientId: randomUUID(),
    body,
  });
}

describe('conversations', () => {
  it('a customer starts a conversation whose first message is stored and published once', async () => {
    events.length = 0;
    const { conversation, first } = await start();
    expect(conversation.topic).toBe('complaint');
    expect(first.message.seq).toBe(1);
    expect(conversationEvents()).toHaveLength(1);
    expect(conversationEvents()[0]).toMatchObject({
      conversationId: conversation.id,
      internal: false,
      frame: { t: 'message' },
    });
  });

  it('a resent message is acked with its original sequence and not published again', async () => {
    const { conversation } = await start();
    events.length = 0;
    const input = { conversationId: conversation.id, clientId: randomUUID(), body: 'Any update?' };
    const a = await sendMessage(deps, customer, input);
    const b = await sendMessage(deps, customer, input);
    expect(b).toEqual({ message: a.message, duplicate: true });
    expect(conversationEvents()).toHaveLength(1);
    expect(events.filter((e) => e.inbox)).toEqual([
      expect.objectContaining({
        internal: true,
        frame: expect.objectContaining({ t: 'inbox', preview: 'Any update?' }),
      }),
    ]);
  });

  it('a private note is published as internal, and a customer catching up never sees it', async () => {
    const { conversation } = await start();
    events.length = 0;
    await sendMessage(deps, agent, {
      conversationId: conversation.id,
      clientId: randomUUID(),
      body: 'Refund approved by Sam',
      private: true,
    });
    await sendMessage(deps, agent, {
      conversationId: conversation.id,
      clientId: randomUUID(),
      body: 'Sorry! A new airlock is on its way.',
    });
    expect(conversationEvents().map((e) => e.internal)).toEqual([true, false]);
    const seen = await catchUp(deps, customer, { conversationId: conversation.id, afterSeq: 0 });
    expect(seen.messages.map((m) => m.body)).toEqual([
      'My starter kit arrived without an airlock',
      'Sorry! A new airlock is on its way.',
    ]);
    expect(JSON.stringify(seen)).not.toContain('Refund approved');
    const agentView = await catchUp(deps, agent, { conversationId: conversation.id, afterSeq: 1 });
    expect(agentView.messages.map((m) => m.seq)).toEqual([2, 3]);
  });

  it('a customer cannot write a private note', async () => {
    const { conversation } = await start();
    await expect(
      sendMessage(deps, customer, {
        conversationId: conversation.id,
        clientId: randomUUID(),
        body: 'x',
        private: true,
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });

  it("another visitor can neither read nor write someone else's conversation", async () => {
    const { conversation } = await start();
    await expect(
      catchUp(deps, stranger, { conversationId: conversation.id, afterSeq: 0 }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      sendMessage(deps, stranger, {
        conversationId: conversation.id,
        clientId: randomUUID(),
        body: 'hi',
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });

  it('retrying the start with the same conversation id finds the same conversation', async () => {
    const input = {
      workspaceId: customer.workspaceId,
      contactId: customer.contactId,
      conversationId: randomUUID(),
      topic: 'question' as const,
      clientId: randomUUID(),
      body: 'Which yeast for a lager?',
    };
    const a = await startConversation(deps, input);
    const b = await startConversation(deps, input);
    expect(b.conversation.id).toBe(a.conversation.id);
    expect(b.first.duplicate).toBe(true);
    expect(
      await db.query('select 1 from messages where conversation_id = $1', [a.conversation.id]),
    ).toHaveLength(1);
  });
});
