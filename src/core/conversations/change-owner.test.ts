import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../../../test/test-db.js';
import { seedMember, seedWorkspace } from '../../../test/seed.js';
import type { Db } from '../../db/db.js';
import { listHandoffs } from '../../db/queries/ownership.js';
import type { ConversationEvent } from '../../shared/realtime.js';
import { createWebhookEndpoint } from '../webhooks/manage-webhooks.js';
import { openVisitorSession } from '../contacts/open-visitor-session.js';
import { changeOwner } from './change-owner.js';
import { createMessageWriter } from './message-writer.js';
import type { ConversationDeps } from './realtime-deps.js';
import { startConversation } from './start-conversation.js';

let db: Db;
let deps: ConversationDeps;
const events: ConversationEvent[] = [];
let workspaceId: string;
let contactId: string;
let agents: string[];
let champion: string;

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
  workspaceId = ws.id;
  contactId = (await openVisitorSession(deps, { workspaceKey: ws.public_key })).contact.id;
  agents = [];
  for (let i = 0; i < 8; i++) agents.push((await seedMember(deps, ws.id)).userId);
  champion = (await seedMember(deps, ws.id, { role: 'champion' })).userId;
});
afterAll(() => db.close());

/** A conversation the virtual agent is answering (the widget flow will start them this way). */
async function withBot() {
  const { conversation } = await startConversation(deps, {
    workspaceId,
    contactId,
    conversationId: randomUUID(),
    topic: 'question',
    clientId: randomUUID(),
    body: 'Do you ship to Norway?',
  });
  await db.query(`update conversations set owner = 'bot' where id = $1`, [conversation.id]);
  return conversation.id;
}

const change = (conversationId: string, c: Parameters<typeof changeOwner>[1]['change']) =>
  changeOwner(deps, { workspaceId, conversationId, change: c, actorId: null });

describe('changing who owns a conversation', () => {
  it('eight agents claim the same conversation at once: exactly one wins, the rest are told', async () => {
    const id = await withBot();
    await change(id, { type: 'escalate', reason: 'asked_for_person' });
    const results = await Promise.allSettled(
      agents.map((userId) => change(id, { type: 'claim', userId })),
    );
    const won = results.filter((r) => r.status === 'fulfilled');
    expect(won).toHaveLength(1);
    for (const r of results.filter((r) => r.status === 'rejected'))
      expect((r as PromiseRejectedResult).reason).toMatchObject({ code: 'conflict' });
    const log = await listHandoffs(db, workspaceId, id);
    expect(log.map((h) => [h.from_owner, h.to_owner, h.reason])).toEqual([
      ['bot', 'queue', 'asked_for_person'],
      ['queue', 'agent', 'claimed'],
    ]);
    const winner = (won[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof change>>>).value;
    expect(log[1]!.to_user).toBe(winner.conversation.assigneeId);
  });

  it('a transfer to a champion, a release when the owner goes offline, each logged and announced', async () => {
    const id = await withBot();
    events.length = 0;
    await change(id, { type: 'assign', userId: champion });
    const released = await change(id, { type: 'release', reason: 'offline' });
    expect(released.conversation).toMatchObject({ owner: 'queue', assigneeId: null });
    const again = await change(id, { type: 'release', reason: 'offline' });
    expect(again.changed).toBe(false);
    const log = await listHandoffs(db, workspaceId, id);
    expect(log.map((h) => [h.to_owner, h.reason])).toEqual([
      ['champion', 'assigned'],
      ['queue', 'offline'],
    ]);
    const inbox = events.filter((e) => e.inbox);
    expect(inbox).toHaveLength(2);
    expect(inbox.every((e) => e.internal)).toBe(true);
  });

  it('resolving tells the customer and queues the webhook in the same transaction', async () => {
    await createWebhookEndpoint(deps, {
      workspaceId,
      url: 'https://hooks.example/parley',
      events: ['conversation.assigned', 'conversation.resolved'],
    });
    const id = await withBot();
    events.length = 0;
    await change(id, { type: 'claim', userId: agents[0]! });
    await change(id, { type: 'resolve' });
    const status = events.filter((e) => e.frame.t === 'status');
    expect(status).toEqual([
      expect.objectContaining({
        internal: false,
        frame: { t: 'status', conversationId: id, status: 'resolved' },
      }),
    ]);
    const queued = await db.query<{ event: string }>(
      `select event from webhook_deliveries d join webhook_endpoints e on e.id = d.endpoint_id
        where d.workspace_id = $1 and d.payload->'conversation'->>'id' = $2`,
      [workspaceId, id],
    );
    expect(queued.map((q) => q.event).sort()).toEqual([
      'conversation.assigned',
      'conversation.resolved',
    ]);
  });

  it("refuses a stranger as owner and another workspace's conversation", async () => {
    const id = await withBot();
    await expect(change(id, { type: 'assign', userId: randomUUID() })).rejects.toMatchObject({
      code: 'invalid_input',
    });
    await expect(
      changeOwner(deps, {
        workspaceId: randomUUID(),
        conversationId: id,
        change: { type: 'resolve' },
        actorId: null,
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });

  it('the database refuses an owner without a person, or a person without that owner', async () => {
    const id = await withBot();
    await expect(
      db.query(`update conversations set owner = 'agent', assignee_id = null where id = $1`, [id]),
    ).rejects.toThrow();
    await expect(
      db.query(`update conversations set assignee_id = $2 where id = $1`, [id, agents[0]]),
    ).rejects.toThrow();
  });
});
