import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedMember, seedWorkspace } from '../../../test/seed.js';
import { openTestDb } from '../../../test/test-db.js';
import type { Db } from '../../db/db.js';
import type { ConversationEvent } from '../../shared/realtime.js';
import { openVisitorSession } from '../contacts/open-visitor-session.js';
import { createMessageWriter } from '../conversations/message-writer.js';
import type { ConversationDeps } from '../conversations/realtime-deps.js';
import { sendMessage } from '../conversations/send-message.js';
import { startConversation } from '../conversations/start-conversation.js';
import { createEmailReplyForwarder } from './email-reply-forwarder.js';
import { requestEmailReply } from './request-email-reply.js';

let db: Db;
let deps: ConversationDeps;
const events: ConversationEvent[] = [];
let forwarder: ReturnType<typeof createEmailReplyForwarder>;

beforeAll(async () => {
  db = await openTestDb();
  deps = {
    db,
    now: () => new Date(),
    sessionTtlMs: 60_000,
    writer: createMessageWriter(db),
    emailEnabled: true,
    publish: (e) => {
      events.push(e);
      forwarder.consider(e);
    },
  };
  forwarder = createEmailReplyForwarder(deps, { warn: () => {} });
});
afterAll(() => db.close());

async function waitingCustomer() {
  const ws = await seedWorkspace(deps);
  const agent = await seedMember(deps, ws.id);
  const { contact } = await openVisitorSession(deps, { workspaceKey: ws.public_key });
  const { conversation } = await startConversation(deps, {
    workspaceId: ws.id,
    contactId: contact.id,
    conversationId: randomUUID(),
    topic: 'question',
    clientId: randomUUID(),
    body: 'Is the grain mill back in stock?',
    person: true,
  });
  const who = { kind: 'contact' as const, workspaceId: ws.id, contactId: contact.id };
  return { ws, agent, who, conversationId: conversation.id };
}

const outbox = (workspaceId: string) =>
  db.query<{ template: string; to_address: string; data: { text: string } }>(
    'select template, to_address, data from email_outbox where workspace_id = $1 order by id',
    [workspaceId],
  );

describe('answer me by email', () => {
  it('emails each reply of the team once, never a private note, to the address the customer left', async () => {
    const { ws, agent, who, conversationId } = await waitingCustomer();
    await requestEmailReply(deps, who, { conversationId, email: 'jo@example.test' });
    const says = { kind: 'agent' as const, workspaceId: ws.id, userId: agent.userId };
    await sendMessage(deps, says, {
      conversationId,
      clientId: randomUUID(),
      body: 'It is back on Friday.',
    });
    await sendMessage(deps, says, {
      conversationId,
      clientId: randomUUID(),
      body: 'Supplier says Friday, check with the warehouse',
      private: true,
    });
    await forwarder.drain();
    // The same committed reply heard again (a resend) is not emailed twice.
    for (const e of events.filter((e) => e.conversationId === conversationId))
      forwarder.consider(e);
    await forwarder.drain();
    const mails = await outbox(ws.id);
    expect(mails).toEqual([
      {
        template: 'conversation_reply',
        to_address: 'jo@example.test',
        data: expect.objectContaining({ text: 'It is back on Friday.' }),
      },
    ]);
    const [line] = await db.query<{ body: string }>(
      `select body from messages where conversation_id = $1 and author_type = 'system'`,
      [conversationId],
    );
    expect(line?.body).toMatch(/answer you by email at jo@example\.test/);
    const [contact] = await db.query<{ email: string }>(
      'select email from contacts where id = $1',
      [who.contactId],
    );
    expect(contact?.email).toBe('jo@example.test');
  });

  it('refuses when the server cannot send email, and for someone else’s conversation', async () => {
    const { ws, conversationId } = await waitingCustomer();
    const { contact } = await openVisitorSession(deps, { workspaceKey: ws.public_key });
    const stranger = { kind: 'contact' as const, workspaceId: ws.id, contactId: contact.id };
    await expect(
      requestEmailReply(deps, stranger, { conversationId, email: 'x@example.test' }),
    ).rejects.toThrow(/not found/);
    const noMail = { ...deps, emailEnabled: false };
    await expect(
      requestEmailReply(noMail, stranger, { conversationId, email: 'x@example.test' }),
    ).rejects.toThrow(/cannot answer by email/);
  });
});
