import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openTestDb } from '../../../test/test-db.js';
import { seedMember, seedWorkspace } from '../../../test/seed.js';
import type { Db } from '../../db/db.js';
import { insertBotAnswer, insertBotMessage, rateBotAnswer } from '../../db/queries/bot.js';
import type { ConversationRow } from '../../db/queries/conversations.js';
import { listHandoffs } from '../../db/queries/ownership.js';
import type { ConversationEvent } from '../../shared/realtime.js';
import { DEFAULT_LADDER, type Ladder } from '../../shared/schemas/ladder.js';
import { openVisitorSession } from '../contacts/open-visitor-session.js';
import { changeOwner } from '../conversations/change-owner.js';
import { createMessageWriter } from '../conversations/message-writer.js';
import type { ConversationDeps } from '../conversations/realtime-deps.js';
import { startConversation } from '../conversations/start-conversation.js';
import { importArticles } from '../kb/import-articles.js';
import { createLadderClock } from './ladder-clock.js';
import type { LadderMove } from './sweep-overdue.js';
import { setWorkspaceLadder } from './workspace-ladder.js';

const MINUTE = 60_000;
const log = pino({ level: 'silent' });

let db: Db;
let offset = 0;
const events: ConversationEvent[] = [];
/** A node of the cluster: its own message writer and ladder clock, one shared database. */
const node = (): ConversationDeps => ({
  db,
  now: () => new Date(Date.now() + offset),
  sessionTtlMs: 1000,
  writer: createMessageWriter(db),
  publish: (e) => void events.push(e),
});
let deps: ConversationDeps;
let workspace: { id: string; public_key: string };
let agent: string;

beforeAll(async () => {
  db = await openTestDb();
  deps = node();
  workspace = await seedWorkspace(deps);
  agent = (await seedMember(deps, workspace.id)).userId;
  // With a published article the assistant takes questions first (the default ladder).
  const line = { id: 'shipping', title: 'Shipping times', content: 'Parcels take two days.' };
  await importArticles(deps, {
    workspaceId: workspace.id,
    source: { kind: 'jsonl', text: JSON.stringify(line) },
    editor: { userId: null, label: 'test' },
  });
});
afterAll(() => db.close());
// Each test starts its conversations on the real clock, then moves time on.
beforeEach(() => {
  offset = 0;
});

const later = (minutes: number) => {
  offset += minutes * MINUTE;
};

async function start(topic: 'question' | 'complaint', ws = workspace) {
  const { contact } = await openVisitorSession(deps, { workspaceKey: ws.public_key });
  const { conversation } = await startConversation(deps, {
    workspaceId: ws.id,
    contactId: contact.id,
    conversationId: randomUUID(),
    topic,
    clientId: randomUUID(),
    body: topic === 'question' ? 'How long does shipping take?' : 'My kettle arrived broken.',
  });
  return conversation.id;
}

const row = async (id: string) =>
  (await db.query<ConversationRow>('select * from conversations where id = $1', [id]))[0]!;
const notes = async (id: string) =>
  (
    await db.query<{ body: string }>(
      `select body from messages where conversation_id = $1 and author_type = 'system'`,
      [id],
    )
  ).map((m) => m.body);
const movesOf = (moves: LadderMove[], id: string) => moves.filter((m) => m.conversationId === id);

async function withLadder(ladder: Ladder) {
  const ws = await seedWorkspace(deps);
  const owner = await seedMember(deps, ws.id, { role: 'owner' });
  await setWorkspaceLadder(deps, ws.id, ladder, owner.userId);
  return ws;
}

describe('the ladder clock', () => {
  it('moves a conversation that waited in the queue past its budget up to the supervisor, keeps its place and tells the customer', async () => {
    const id = await start('complaint');
    const before = await row(id);
    const clock = createLadderClock(deps, { log });
    later(29);
    expect(movesOf(await clock.tick(), id)).toEqual([]);
    later(2);
    events.length = 0;
    expect(movesOf(await clock.tick(), id)).toEqual([
      { workspaceId: workspace.id, conversationId: id, from: 'queue', to: 'supervisor' },
    ]);
    const after = await row(id);
    expect(after).toMatchObject({ owner: 'queue', rung: 'supervisor', assignee_id: null });
    expect(after.queued_at).toEqual(before.queued_at);
    const [handoff] = (await listHandoffs(db, workspace.id, id)).slice(-1);
    expect(handoff).toMatchObject({
      from_owner: 'queue',
      to_owner: 'queue',
      from_rung: 'queue',
      to_rung: 'supervisor',
      reason: 'budget_exceeded',
      actor_id: null,
    });
    expect(await notes(id)).toEqual([expect.stringMatching(/supervisor has been alerted/)]);
    const inbox = events.find((e) => e.inbox && e.frame.t === 'conversation');
    expect(inbox?.frame).toMatchObject({ conversation: { id, rung: 'supervisor' } });
    later(24 * 60);
    expect(movesOf(await clock.tick(), id)).toEqual([]);
  });

  it('hands a customer still waiting on the bot to the team when its budget runs out; one it answered stays with it', async () => {
    const waiting = await start('question');
    const answered = await start('question');
    const unhelpful = await start('question');
    expect((await row(waiting)).rung).toBe('bot');
    await botAnswers(answered);
    const seq = await botAnswers(unhelpful);
    await rateBotAnswer(db, workspace.id, unhelpful, seq, false);
    later(11);
    const moves = await createLadderClock(deps, { log }).tick();
    for (const id of [waiting, unhelpful]) {
      expect(movesOf(moves, id)).toEqual([
        { workspaceId: workspace.id, conversationId: id, from: 'bot', to: 'queue' },
      ]);
      expect(await row(id)).toMatchObject({ owner: 'queue', rung: 'queue' });
      expect((await listHandoffs(db, workspace.id, id)).map((h) => h.reason)).toEqual([
        'budget_exceeded',
      ]);
      expect(await notes(id)).toEqual([expect.stringMatching(/a person from the team/)]);
    }
    expect(movesOf(moves, answered)).toEqual([]);
    expect(await row(answered)).toMatchObject({ owner: 'bot', rung: 'bot' });
  });

  it("uses each workspace's own ladder, and never moves a step that does not leave on budget_exceeded", async () => {
    const quick = await withLadder({
      ...DEFAULT_LADDER,
      steps: [
        { kind: 'queue', budgetMinutes: 5, leaveWhen: ['budget_exceeded'] },
        { kind: 'supervisor', budgetMinutes: 60, leaveWhen: [] },
      ],
    });
    const patient = await withLadder({
      ...DEFAULT_LADDER,
      steps: [
        { kind: 'queue', budgetMinutes: 5, leaveWhen: [] },
        { kind: 'supervisor', budgetMinutes: 60, leaveWhen: [] },
      ],
    });
    const fast = await start('complaint', quick);
    const slow = await start('complaint', patient);
    const usual = await start('complaint');
    later(6);
    const moves = await createLadderClock(deps, { log }).tick();
    expect(movesOf(moves, fast)).toHaveLength(1);
    expect(movesOf(moves, slow)).toEqual([]);
    expect(movesOf(moves, usual)).toEqual([]);
    expect((await row(fast)).rung).toBe('supervisor');
  });

  it('a conversation a person holds is off the clock, and giving it back to the queue restarts its budget', async () => {
    const id = await start('complaint');
    const clock = createLadderClock(deps, { log });
    const change = (c: Parameters<typeof changeOwner>[1]['change']) =>
      changeOwner(deps, {
        workspaceId: workspace.id,
        conversationId: id,
        change: c,
        actorId: agent,
      });
    await change({ type: 'claim', userId: agent });
    later(45);
    expect(movesOf(await clock.tick(), id)).toEqual([]);
    await change({ type: 'release', reason: 'offline' });
    const restarted = (await row(id)).rung_since.getTime();
    expect(Math.abs(restarted - deps.now().getTime())).toBeLessThan(5_000);
    later(29);
    expect(movesOf(await clock.tick(), id)).toEqual([]);
    later(2);
    expect(movesOf(await clock.tick(), id)).toHaveLength(1);
  });

  it('two nodes sweeping one database at once move a conversation exactly once', async () => {
    const id = await start('complaint');
    later(31);
    const nodes = [node(), node(), node()].map((n) => createLadderClock(n, { log }));
    const moves = (await Promise.all(nodes.map((c) => c.tick()))).flat();
    expect(movesOf(moves, id)).toHaveLength(1);
    const handoffs = await listHandoffs(db, workspace.id, id);
    expect(handoffs.filter((h) => h.reason === 'budget_exceeded')).toHaveLength(1);
    expect(await notes(id)).toHaveLength(1);
  });

  it('reports each move to its listener, so owners and admins can be alerted once', async () => {
    const id = await start('complaint');
    const heard: LadderMove[] = [];
    const clock = createLadderClock(deps, { log, onMove: (m) => heard.push(m) });
    later(31);
    await clock.tick();
    expect(movesOf(heard, id)).toEqual([
      { workspaceId: workspace.id, conversationId: id, from: 'queue', to: 'supervisor' },
    ]);
    await clock.stop();
  });
});

/** The bot answers the customer's question (the conversation's last message is now the bot's). */
async function botAnswers(conversationId: string): Promise<number> {
  const stored = await insertBotMessage(db, {
    workspaceId: workspace.id,
    conversationId,
    clientId: randomUUID(),
    body: 'Parcels take two days.',
    meta: { kind: 'bot_answer', declined: false, confidence: 0.9, citations: [] },
  });
  await insertBotAnswer(db, {
    workspace_id: workspace.id,
    conversation_id: conversationId,
    seq: stored!.seq,
    question: 'How long does shipping take?',
    declined: false,
    confidence: 0.9,
    citations: [],
  });
  return stored!.seq;
}
