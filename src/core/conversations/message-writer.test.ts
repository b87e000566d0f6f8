import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../../../test/test-db.js';
import type { Db } from '../../db/db.js';
import { createMessageWriter, type MessageDraft, type MessageWriter } from './message-writer.js';
import { toWireMessage } from './wire.js';

let db: Db;
let writer: MessageWriter;
let ws: string;

beforeAll(async () => {
  db = await openTestDb();
  writer = createMessageWriter(db);
  ws = randomUUID();
  await db.query(
    `insert into workspaces (id, name, public_key, identity_secret) values ($1, 'W', $2, 's')`,
    [ws, `pk_${ws}`],
  );
});
afterAll(() => db.close());

async function conversation(workspaceId = ws) {
  const id = randomUUID();
  await db.query('insert into conversations (id, workspace_id) values ($1, $2)', [id, workspaceId]);
  return id;
}

const draft = (
  conversationId: string,
  clientId: string = randomUUID(),
  body = 'hello',
): MessageDraft => ({
  workspace_id: ws,
  conversation_id: conversationId,
  client_id: clientId,
  author_type: 'contact',
  author_id: null,
  private: false,
  body,
});

describe('the group-commit message writer', () => {
  it('gives concurrent sends consecutive sequence numbers in one batch, in send order', async () => {
    const conv = await conversation();
    const stored = await Promise.all(
      Array.from({ length: 50 }, (_, i) => writer.write(draft(conv, `c${i}`, `m${i}`))),
    );
    expect(stored.map((s) => s.message.seq)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(stored.every((s) => !s.duplicate)).toBe(true);
    const [row] = await db.query<{ last_seq: number }>(
      'select last_seq from conversations where id = $1',
      [conv],
    );
    expect(row!.last_seq).toBe(50);
  });

  it('keeps send order when the next batch starts before the last one is acked', async () => {
    const overlapping = createMessageWriter(db, { maxBatch: 4, overlap: true });
    const conv = await conversation();
    const acked: number[] = [];
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        overlapping.write(draft(conv, `o${i}`, `m${i}`)).then((s) => acked.push(s.message.seq)),
      ),
    );
    expect(acked).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    const rows = await db.query<{ seq: number; body: string }>(
      'select seq, body from messages where conversation_id = $1 order by seq',
      [conv],
    );
    expect(rows.map((r) => r.body)).toEqual(Array.from({ length: 30 }, (_, i) => `m${i}`));
  });

  it('tells background work when it has nothing left to write', async () => {
    const conv = await conversation();
    await writer.whenIdle(); // idle already: resolves at once
    const writes = Array.from({ length: 10 }, (_, i) => writer.write(draft(conv, `i${i}`)));
    let settled = 0;
    for (const w of writes) void w.then(() => settled++);
    await writer.whenIdle();
    expect(settled).toBe(10);
    expect(writer.pending).toBe(0);
  });

  it('can ask background work to wait for a pause in the chat, not just a gap', async () => {
    const paced = createMessageWriter(db, { quietMs: 80 });
    const conv = await conversation();
    await paced.write(draft(conv));
    const wrote = performance.now();
    await paced.whenIdle();
    expect(performance.now() - wrote).toBeGreaterThanOrEqual(60);
    // A cap ends any wait: background work is delayed by a lively chat, never stopped.
    const patient = createMessageWriter(db, { quietMs: 5_000 });
    await patient.write(draft(conv));
    const capped = performance.now();
    await patient.whenIdle(20);
    expect(performance.now() - capped).toBeLessThan(2_500);
  });

  it('absorbs a resend, in the same batch or later, and acks it with the original sequence', async () => {
    const conv = await conversation();
    const [a, b] = await Promise.all([
      writer.write(draft(conv, 'same')),
      writer.write(draft(conv, 'same')),
    ]);
    expect(a!.duplicate).toBe(false);
    expect(b).toEqual({ message: a!.message, duplicate: true });
    const later = await writer.write(draft(conv, 'same', 'changed body'));
    expect(later.duplicate).toBe(true);
    expect(later.message.seq).toBe(1);
    expect(later.message.body).toBe('hello');
    expect(
      await db.query('select 1 from messages where conversation_id = $1', [conv]),
    ).toHaveLength(1);
  });

  it('refuses a conversation of another workspace without failing the rest of the batch', async () => {
    const other = randomUUID();
    await db.query(
      `insert into workspaces (id, name, public_key, identity_secret) values ($1, 'X', $2, 's')`,
      [other, `pk_${other}`],
    );
    const foreign = await conversation(other);
    const mine = await conversation();
    const [bad, good] = await Promise.allSettled([
      writer.write(draft(foreign)),
      writer.write(draft(mine)),
    ]);
    expect(bad.status).toBe('rejected');
    expect((bad as PromiseRejectedResult).reason.code).toBe('not_found');
    expect(good.status).toBe('fulfilled');
    await expect(writer.write(draft(foreign, 'alone'))).rejects.toMatchObject({
      code: 'not_found',
    });
    expect(
      await db.query('select 1 from messages where conversation_id = $1', [foreign]),
    ).toHaveLength(0);
  });

  it('keeps each conversation’s sequence independent', async () => {
    const [x, y] = [await conversation(), await conversation()];
    const stored = await Promise.all([
      writer.write(draft(x)),
      writer.write(draft(y)),
      writer.write(draft(x)),
    ]);
    expect(stored.map((s) => [s.message.conversation_id, s.message.seq])).toEqual([
      [x, 1],
      [y, 1],
      [x, 2],
    ]);
  });

  it('takes an upper-case conversation id as the same conversation', async () => {
    const conv = await conversation();
    const a = await writer.write(draft(conv.toUpperCase(), 'upper-1'));
    const again = await writer.write(draft(conv, 'upper-1'));
    expect(a).toMatchObject({ duplicate: false, message: { conversation_id: conv, seq: 1 } });
    expect(again).toEqual({ message: a.message, duplicate: true });
  });

  it('stores text the database cannot hold with U+FFFD, without failing the rest of the batch', async () => {
    const conv = await conversation();
    const [odd, plain] = await Promise.all([
      writer.write(draft(conv, 'odd\u0000id', 'nul \u0000 and half a pair \ud800')),
      writer.write(draft(conv, 'plain-id', 'hello')),
    ]);
    expect(odd.message.body).toBe('nul \ufffd and half a pair \ufffd');
    expect(odd.message.client_id).toBe('odd\ufffdid');
    expect(plain.message.seq).toBe(2);
  });

  it('stores any text exactly, alone or in a batch: quotes, braces, backslashes, NULL', async () => {
    const conv = await conversation();
    const bodies = ['NULL', '{"a,b"}', 'back\\slash \\"q\\"', ' ', 'line\nbreak, é 🙂', '{}'];
    const batch = await Promise.all(bodies.map((b, i) => writer.write(draft(conv, `t-${i}`, b))));
    const alone = await writer.write(draft(conv, 'NULL', '{NULL}'));
    expect(batch.map((s) => s.message.body)).toEqual(bodies);
    expect([alone.message.client_id, alone.message.body]).toEqual(['NULL', '{NULL}']);
    const rows = await db.query<{ body: string }>(
      'select body from messages where conversation_id = $1 order by seq',
      [conv],
    );
    expect(rows.map((r) => r.body)).toEqual([...bodies, '{NULL}']);
  });

  it('answers a customer resending a client id of a conversation not theirs with not found', async () => {
    const owner = randomUUID();
    const conv = await conversation();
    await db.query('insert into contacts (id, workspace_id) values ($1, $2)', [owner, ws]);
    await db.query('update conversations set contact_id = $1 where id = $2', [owner, conv]);
    await writer.write({ ...draft(conv, 'secret-id'), contact_guard: owner });
    const stranger = writer.write({ ...draft(conv, 'secret-id'), contact_guard: randomUUID() });
    await expect(stranger).rejects.toMatchObject({ code: 'not_found' });
  });

  it('queues exactly the wire form of the message for webhooks, in the same transaction', async () => {
    await db.query(
      `insert into webhook_endpoints (id, workspace_id, url, secret, events)
       values ($1, $2, 'https://example.test/hook', 's', '{message.created}')`,
      [randomUUID(), ws],
    );
    const conv = await conversation();
    // A lone message (the one-message function), then two in one batch (the batch statement).
    const alone = await writer.write(draft(conv, 'hooked-1', 'tell the webhook'));
    const pair = await Promise.all([
      writer.write(draft(conv, 'hooked-2', 'and again')),
      writer.write(draft(conv, 'hooked-3', 'and once more')),
    ]);
    const rows = await db.query<{ payload: unknown }>(
      `select payload from webhook_deliveries where payload->'message'->>'clientId' like 'hooked-%'
       order by payload->'message'->'seq'`,
    );
    const sent = [alone, ...pair].map((s) => ({ message: toWireMessage(s.message) }));
    expect(rows.map((r) => r.payload)).toEqual(sent);
    await db.query('delete from webhook_endpoints where workspace_id = $1', [ws]);
  });

  it('moves a conversation’s activity time with a message only once it is a second old', async () => {
    const conv = await conversation();
    const activity = async () =>
      (
        await db.query<{ updated_at: Date }>('select updated_at from conversations where id = $1', [
          conv,
        ])
      )[0]!.updated_at.getTime();
    // Backdated, as if the last activity were a minute ago: the next message moves it.
    await db.query(
      `update conversations set updated_at = now() - interval '1 minute' where id = $1`,
      [conv],
    );
    const before = Date.now();
    await writer.write(draft(conv));
    const moved = await activity();
    expect(moved).toBeGreaterThanOrEqual(before - 1_000);
    // Within that second, neither a lone message nor a batch moves it again (the update then
    // changes no indexed column, so it stays on its page).
    await writer.write(draft(conv));
    await Promise.all([writer.write(draft(conv)), writer.write(draft(conv))]);
    expect(await activity()).toBe(moved);
    await db.query(
      `update conversations set updated_at = now() - interval '2 seconds' where id = $1`,
      [conv],
    );
    await Promise.all([writer.write(draft(conv)), writer.write(draft(conv))]);
    expect(await activity()).toBeGreaterThan(Date.now() - 1_500);
  });
});
