import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../../../test/test-db.js';
import { seedMember, seedWorkspace } from '../../../test/seed.js';
import type { Db } from '../../db/db.js';
import { saveAgentProfile, saveAgentStatus } from '../../db/queries/agent-profiles.js';
import { findConversation } from '../../db/queries/conversations.js';
import { listRoutingDecisions } from '../../db/queries/routing.js';
import { openVisitorSession } from '../contacts/open-visitor-session.js';
import { changeOwner } from '../conversations/change-owner.js';
import { createMessageWriter } from '../conversations/message-writer.js';
import { setConversationPriority } from '../conversations/set-priority.js';
import type { ConversationDeps } from '../conversations/realtime-deps.js';
import { startConversation } from '../conversations/start-conversation.js';
import { createAutoAssigner, type AutoAssigner } from './auto-assigner.js';

let db: Db;
let deps: ConversationDeps;
let assigner: AutoAssigner;
const connected = new Set<string>();

beforeAll(async () => {
  db = await openTestDb();
  deps = {
    db,
    now: () => new Date(),
    sessionTtlMs: 1000,
    writer: createMessageWriter(db),
    publish: (e) => assigner.consider(e),
  };
  assigner = createAutoAssigner({
    core: deps,
    log: { warn: () => {}, error: (o: unknown) => console.error(o) },
    isConnected: (_ws, userId) => connected.has(userId),
    offlineGraceMs: 50,
    pushGraceMs: 60_000,
  });
});
afterAll(async () => {
  assigner.close();
  await db.close();
});

/** A workspace with agents of the given chat capacity, all offline to begin with. */
async function workspaceWith(capacities: number[]) {
  const ws = await seedWorkspace(deps);
  const agents: string[] = [];
  for (const chat of capacities) {
    const { userId } = await seedMember(deps, ws.id);
    await saveAgentProfile(db, ws.id, userId, {
      skills: {},
      capacity: { chat, email: 0, voice: 0 },
    });
    agents.push(userId);
  }
  // The owner seedWorkspace made is an agent too; keep them out of the way.
  await db.query(
    `update memberships set role = 'champion' where workspace_id = $1 and user_id <> all($2::uuid[])`,
    [ws.id, agents],
  );
  return { ws, agents };
}

async function waiting(ws: { id: string; public_key: string }) {
  const { contact } = await openVisitorSession(deps, { workspaceKey: ws.public_key });
  const { conversation } = await startConversation(deps, {
    workspaceId: ws.id,
    contactId: contact.id,
    conversationId: randomUUID(),
    topic: 'question',
    clientId: randomUUID(),
    body: 'I need a person, please.',
    person: true,
  });
  return conversation.id;
}

const holder = async (wsId: string, id: string) => {
  await assigner.drain();
  return (await findConversation(db, wsId, id))!.assignee_id;
};
const online = (wsId: string, ...ids: string[]) => {
  ids.forEach((id) => connected.add(id));
  assigner.presenceChanged(wsId);
};

describe('automatic routing', () => {
  it('two conversations race for one free slot: exactly one is assigned, the other waits with a reason', async () => {
    const { ws, agents } = await workspaceWith([1]);
    online(ws.id, agents[0]!);
    await assigner.drain();
    const [a, b] = await Promise.all([waiting(ws), waiting(ws)]);
    const holders = [await holder(ws.id, a), await holder(ws.id, b)];
    expect(holders.filter((h) => h === agents[0])).toHaveLength(1);
    expect(holders.filter((h) => h === null)).toHaveLength(1);
    const queued = holders[0] ? b : a;
    const [why] = await listRoutingDecisions(db, ws.id, queued);
    expect(why).toMatchObject({ agent_id: null, reason: 'all_at_capacity' });
  });

  it('drains the queue the moment capacity frees, and when an agent comes online or back from away', async () => {
    const { ws, agents } = await workspaceWith([1, 1]);
    const [laura, omar] = agents as [string, string];
    const first = await waiting(ws);
    const second = await waiting(ws);
    expect(await holder(ws.id, first)).toBeNull();
    online(ws.id, laura);
    expect(await holder(ws.id, first)).toBe(laura);
    expect(await holder(ws.id, second)).toBeNull();
    await changeOwner(deps, {
      workspaceId: ws.id,
      conversationId: first,
      change: { type: 'resolve' },
      actorId: laura,
    });
    expect(await holder(ws.id, second)).toBe(laura);
    const third = await waiting(ws);
    await saveAgentStatus(db, ws.id, omar, 'away');
    assigner.reload(ws.id);
    online(ws.id, omar);
    expect(await holder(ws.id, third)).toBeNull();
    await saveAgentStatus(db, ws.id, omar, 'available');
    assigner.reload(ws.id);
    expect(await holder(ws.id, third)).toBe(omar);
    const decisions = await listRoutingDecisions(db, ws.id, third);
    expect(decisions.at(-1)).toMatchObject({ agent_id: omar, reason: 'only_available' });
    expect(decisions.at(-1)?.detail).toBeTruthy();
  });

  it('a waiting conversation marked urgent is served before ones that waited longer', async () => {
    const { ws, agents } = await workspaceWith([1]);
    const [laura] = agents as [string];
    const busy = await waiting(ws);
    online(ws.id, laura);
    expect(await holder(ws.id, busy)).toBe(laura);
    const earlier = await waiting(ws);
    const later = await waiting(ws);
    await setConversationPriority(
      deps,
      { workspaceId: ws.id },
      {
        conversationId: later,
        priority: 'urgent',
      },
    );
    await changeOwner(deps, {
      workspaceId: ws.id,
      conversationId: busy,
      change: { type: 'resolve' },
      actorId: laura,
    });
    expect(await holder(ws.id, later)).toBe(laura);
    expect(await holder(ws.id, earlier)).toBeNull();
  });

  it('an agent offline past the grace period loses their conversations to the queue, and they go to someone online', async () => {
    const { ws, agents } = await workspaceWith([2, 2]);
    const [laura, omar] = agents as [string, string];
    online(ws.id, laura);
    const id = await waiting(ws);
    expect(await holder(ws.id, id)).toBe(laura);
    connected.delete(laura);
    online(ws.id, omar);
    await assigner.drain();
    expect(await holder(ws.id, id)).toBe(laura); // still within the grace period
    await new Promise((r) => setTimeout(r, 120));
    expect(await holder(ws.id, id)).toBe(omar);
  });

  it('a person taking a conversation by hand wins, and routing stays consistent', async () => {
    const { ws, agents } = await workspaceWith([1, 1]);
    const [laura, omar] = agents as [string, string];
    const id = await waiting(ws);
    await changeOwner(deps, {
      workspaceId: ws.id,
      conversationId: id,
      change: { type: 'claim', userId: omar },
      actorId: omar,
    });
    online(ws.id, laura);
    const next = await waiting(ws);
    expect(await holder(ws.id, id)).toBe(omar);
    expect(await holder(ws.id, next)).toBe(laura);
  });

  it('a call waits for someone with the voice skill, whatever team it is for', async () => {
    const { ws, agents } = await workspaceWith([1, 1]);
    const [laura, omar] = agents as [string, string];
    await saveAgentProfile(db, ws.id, laura, {
      skills: {},
      capacity: { chat: 1, email: 0, voice: 1 },
    });
    await saveAgentProfile(db, ws.id, omar, {
      skills: { voice: 2 },
      capacity: { chat: 1, email: 0, voice: 1 },
    });
    online(ws.id, laura);
    await assigner.drain();
    const { contact } = await openVisitorSession(deps, { workspaceKey: ws.public_key });
    const id = randomUUID();
    await startConversation(deps, {
      workspaceId: ws.id,
      contactId: contact.id,
      conversationId: id,
      topic: 'question',
      clientId: randomUUID(),
      body: 'Please call me back.',
      person: true,
    });
    await assigner.drain();
    // Made a call before routing hears of it: the first routing event comes after this update.
    await db.query(
      `update conversations set channel = 'voice', assignee_id = null, owner = 'queue' where id = $1`,
      [id],
    );
    assigner.reload(ws.id);
    expect(await holder(ws.id, id)).toBeNull();
    online(ws.id, omar);
    expect(await holder(ws.id, id)).toBe(omar);
  });
});
