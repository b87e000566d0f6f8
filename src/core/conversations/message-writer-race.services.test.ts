import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../../../test/test-db.js';
import type { Db } from '../../db/db.js';
import { createMessageWriter, type MessageDraft, type MessageWriter } from './message-writer.js';

// PostgreSQL only (a *.services test): embedded PGlite has one connection, so two nodes can
// never race for a conversation's lock there.
let db: Db;
let writer: MessageWriter;
let ws: string;

beforeAll(async () => {
  db = await openTestDb('postgres');
  writer = createMessageWriter(db);
  ws = randomUUID();
  await db.query(
    `insert into workspaces (id, name, public_key, identity_secret) values ($1, 'W', $2, 's')`,
    [ws, `pk_${ws}`],
  );
});
afterAll(() => db.close());

async function conversation() {
  const id = randomUUID();
  await db.query('insert into conversations (id, workspace_id) values ($1, $2)', [id, ws]);
  return id;
}

const draft = (conversationId: string, clientId: string, body = 'hello'): MessageDraft => ({
  workspace_id: ws,
  conversation_id: conversationId,
  client_id: clientId,
  author_type: 'contact',
  author_id: null,
  private: false,
  body,
});

describe('the group-commit writer across nodes', () => {
  // Two writers (nodes) on one conversation: the second waits for the first's lock, and its
  // snapshot predates the first's commit. It must still see the first's client ids. A lone
  // message takes the one-message function, two take the batch statement.
  it.each([1, 2])(
    'absorbs a resend another node committed while a batch of %i waited for the lock',
    async (size) => {
      const conv = await conversation();
      const pending: ReturnType<MessageWriter['write']>[] = [];
      await db.transaction(async (tx) => {
        await tx.query('select 1 from conversations where id = $1 for update', [conv]);
        await tx.query(
          `insert into messages (workspace_id, conversation_id, seq, client_id, author_type, body)
             values ($1, $2, 1, 'raced-1', 'contact', 'from node A')`,
          [ws, conv],
        );
        await tx.query('update conversations set last_seq = 1 where id = $1', [conv]);
        pending.push(writer.write(draft(conv, 'raced-1', 'resent to node B')));
        if (size === 2) pending.push(writer.write(draft(conv, 'new-on-b', 'new on node B')));
        for (const p of pending) p.catch(() => {});
        // Commit only once node B's statement is waiting for the conversation's lock.
        while (!(await db.query('select 1 from pg_locks where not granted')).length)
          await new Promise((r) => setTimeout(r, 5));
      });
      const [resent, fresh] = await Promise.all(pending);
      expect(resent).toMatchObject({ duplicate: true, message: { seq: 1, body: 'from node A' } });
      if (size === 2)
        expect(fresh).toMatchObject({
          duplicate: false,
          message: { seq: 2, body: 'new on node B' },
        });
      const next = await writer.write(draft(conv, 'raced-2'));
      expect(next.message.seq).toBe(size + 1);
    },
  );

  it('stores and acks a message while every pooled connection is busy', async () => {
    const conv = await conversation();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let holding = 0;
    // The test pool has 4 connections: all 4 wait inside transactions.
    const held = [1, 2, 3, 4].map(() => db.transaction(async () => void (holding++, await gate)));
    while (holding < 4) await new Promise((r) => setTimeout(r, 5));
    const stored = await writer.write(draft(conv, 'while-busy'));
    expect(stored.message.seq).toBe(1);
    release();
    await Promise.all(held);
  });
});
