import { randomUUID } from 'node:crypto';
import pino from 'pino';
import type { TestApp } from '../../../test/test-app.js';
import { PASSWORD, seedWorkspace, unique } from '../../../test/seed.js';
import { openVisitorSession } from '../contacts/open-visitor-session.js';
import { claimConversation, setConversationStatus } from '../conversations/change-conversation.js';
import { startConversation } from '../conversations/start-conversation.js';
import { addMember } from '../users/add-member.js';
import { createSurveyTrigger } from './survey-trigger.js';

export type Role = 'owner' | 'admin' | 'agent' | 'champion';

/** A member with a name a person would have, and a password to sign in with. */
export async function seedPerson(t: TestApp, workspaceId: string, role: Role, name?: string) {
  const email = `${unique('person')}@example.test`;
  const fullName = name ?? `${unique('Dana')} Reyes`;
  const added = await addMember(t.core, {
    workspaceId,
    email,
    name: fullName,
    role,
    password: PASSWORD,
  });
  return { id: added.userId, email, name: fullName, role };
}

/** A workspace with its owner and one agent. */
export async function seedTeam(t: TestApp) {
  const workspace = await seedWorkspace(t.core);
  const owner = await seedPerson(t, workspace.id, 'owner');
  const agent = await seedPerson(t, workspace.id, 'agent');
  return { workspace, owner, agent };
}

/** A widget visitor, named (and with an email address unless `email: null`). */
export async function seedCustomer(
  t: TestApp,
  publicKey: string,
  o: { name?: string; email?: string | null; seen?: boolean } = {},
) {
  const email = o.email === null ? undefined : (o.email ?? `${unique('sam')}@example.test`);
  const session = await openVisitorSession(t.core, {
    workspaceKey: publicKey,
    identity: { id: unique('visitor'), name: o.name ?? 'Sam Carter', ...(email ? { email } : {}) },
    // A page report is what marks a contact as seen (now).
    ...(o.seen ? { page: { url: 'https://shop.example.test/', title: 'Shop' } } : {}),
  });
  const call = (path: string, body?: unknown, method = body === undefined ? 'GET' : 'POST') =>
    t.fetch(`/api/widget${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        'x-parley-key': publicKey,
        authorization: `Visitor ${session.visitorToken}`,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  return { contactId: session.contact.id, email, token: session.visitorToken, call };
}

/** A conversation the agent took and resolved. */
export async function resolvedConversation(
  t: TestApp,
  workspaceId: string,
  contactId: string,
  agentId: string,
  topic: 'question' | 'complaint' | 'feedback' = 'question',
) {
  const conversationId = randomUUID();
  await startConversation(t.core, {
    workspaceId,
    contactId,
    conversationId,
    topic,
    clientId: randomUUID(),
    body: 'My grain mill arrived without its handle.',
  });
  const by = { workspaceId, userId: agentId };
  await claimConversation(t.core, by, conversationId);
  await setConversationStatus(t.core, by, { conversationId, status: 'resolved' });
  return conversationId;
}

/** The test app's published events also reach a survey trigger, as on a real server. */
export function withSurveyTrigger(t: TestApp) {
  const trigger = createSurveyTrigger(t.core, pino({ level: 'silent' }));
  const publish = t.core.publish;
  t.core.publish = (event) => {
    publish(event);
    trigger.consider(event);
  };
  return trigger;
}

/** A clock the test moves by hand. */
export function manualClock(t: TestApp, start = new Date('2026-03-02T09:00:00Z')) {
  let now = start.getTime();
  t.core.now = () => new Date(now);
  return {
    advanceDays: (days: number) => (now += days * 24 * 60 * 60 * 1000),
    now: () => new Date(now),
  };
}
