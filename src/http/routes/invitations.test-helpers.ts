import { randomBytes, randomUUID } from 'node:crypto';
import path from 'node:path';
import pino from 'pino';
import { ConsoleClient, type TestApp } from '../../../test/test-app.js';
import { openTestDb } from '../../../test/test-db.js';
import { seedMember, seedWorkspace } from '../../../test/seed.js';
import { changeOwner } from '../../core/conversations/change-owner.js';
import { createMessageWriter } from '../../core/conversations/message-writer.js';
import type { ConversationDeps } from '../../core/conversations/realtime-deps.js';
import type { InvitationView } from '../../shared/schemas/invitations.js';
import { createApp } from '../app.js';

/** The real app on a fresh database, with presence played by the test (who is online). */
export async function createInvitationApp() {
  const db = await openTestDb();
  let offset = 0;
  const online = new Map<string, Set<string>>();
  const routingChanges: string[] = [];
  const core: ConversationDeps = {
    db,
    now: () => new Date(Date.now() + offset),
    sessionTtlMs: 365 * 86_400_000, // the tests move the clock by days
    writer: createMessageWriter(db),
    publish: () => {},
  };
  const app = createApp({
    core,
    log: pino({ level: 'silent' }),
    assetsDir: path.resolve('dist'),
    secureCookies: false,
    isReady: () => true,
    onlineAgents: (workspaceId) => [...(online.get(workspaceId) ?? [])],
    routingChanged: (workspaceId) => void routingChanges.push(workspaceId),
  });
  const t: TestApp = {
    core,
    events: [],
    db,
    fetch: async (p, init) => app.request(`http://parley.test${p}`, init),
    advance: (ms) => void (offset += ms),
    close: () => db.close(),
  };
  const setOnline = (workspaceId: string, ...userIds: string[]) =>
    void online.set(workspaceId, new Set(userIds));
  return { t, setOnline, routingChanges };
}

/** A workspace with a signed-in owner (for the console API) and one agent, Laura. */
export async function seedShop(t: TestApp) {
  const workspace = await seedWorkspace(t.core);
  const ownerMember = await seedMember(t.core, workspace.id, { role: 'owner' });
  const owner = new ConsoleClient(t);
  await owner.logIn(ownerMember.email, ownerMember.password!);
  const laura = await seedMember(t.core, workspace.id, { role: 'agent' });
  return { workspace, key: workspace.public_key, owner, lauraId: laura.userId };
}

export const newVisitorKey = () => `v${randomBytes(10).toString('hex')}`;

/** A rule as the console sends it: every page, at once, to anyone; overridable. */
export const ruleInput = (over: Record<string, unknown> = {}) => ({
  name: `Rule ${randomBytes(3).toString('hex')}`,
  conditions: {},
  message: 'Brewing your first batch? Laura can help you choose.',
  maxWaitMinutes: 5,
  ...over,
});

export async function createRule(owner: ConsoleClient, over: Record<string, unknown> = {}) {
  const res = await owner.send('POST', '/api/console/invitation-rules', ruleInput(over));
  if (res.status !== 201) throw new Error(`rule refused: ${res.status} ${await res.text()}`);
  return (await res.json()) as { id: string };
}

/** The loader's call: a plain-text body with the key in it (no preflight in a browser). */
export function widgetPost(t: TestApp, p: string, body: unknown) {
  return t.fetch(`/api/widget/invitations${p}`, { method: 'POST', body: JSON.stringify(body) });
}

export const signals = (key: string, visitor: string, over: Record<string, unknown> = {}) => ({
  key,
  visitor,
  url: 'https://shop.example/products/ipa-kit',
  seconds: 0,
  pages: 1,
  visits: 1,
  ...over,
});

export async function evaluate(
  t: TestApp,
  key: string,
  visitor: string,
  over: Record<string, unknown> = {},
): Promise<InvitationView | null> {
  const res = await widgetPost(t, '/evaluate', signals(key, visitor, over));
  if (res.status !== 200) throw new Error(`evaluate failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { invitation: InvitationView | null }).invitation;
}

/** A visitor session (as the panel opens one) and a chat started straight with the team. */
export async function startChat(t: TestApp, key: string) {
  const session = await t.fetch('/api/widget/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ workspace: key }),
  });
  const { visitorToken: token } = (await session.json()) as { visitorToken: string };
  const conversationId = randomUUID();
  const res = await t.fetch('/api/widget/conversations', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-parley-key': key,
      authorization: `Visitor ${token}`,
    },
    body: JSON.stringify({
      conversationId,
      topic: 'question',
      clientId: randomUUID(),
      body: 'Which yeast for a hazy IPA?',
      person: true,
    }),
  });
  if (res.status !== 201) throw new Error(`chat refused: ${res.status} ${await res.text()}`);
  return { token, conversationId };
}

/** Fills an agent's chat slots with conversations assigned to them. */
export async function giveChats(
  t: TestApp,
  key: string,
  workspaceId: string,
  agentId: string,
  n: number,
) {
  for (let i = 0; i < n; i++) {
    const { conversationId } = await startChat(t, key);
    await changeOwner(t.core, {
      workspaceId,
      conversationId,
      change: { type: 'assign', userId: agentId },
      actorId: null,
    });
  }
}
