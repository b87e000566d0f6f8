import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../../test/test-db.js';
import type { Db } from './db.js';
import { migrate } from './migrate.js';
import { insertMessages, latestMessages, type NewMessage } from './queries/messages.js';

// One suite, run by each test project: on PGlite, and on PostgreSQL when TEST_DATABASE_URL is set.
describe('the storage contract', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openTestDb();
  });
  afterAll(() => db.close());

  async function conversation() {
    const ws = randomUUID();
    const conv = randomUUID();
    await db.query(
      `insert into workspaces (id, name, public_key, identity_secret) values ($1, 'W', $2, 's')`,
      [ws, `pk_${ws}`],
    );
    await db.query('insert into conversations (id, workspace_id) values ($1, $2)', [conv, ws]);
    return { ws, conv };
  }

  const message = (
    ws: string,
    conv: string,
    seq: number,
    clientId: string = randomUUID(),
  ): NewMessage => ({
    workspace_id: ws,
    conversation_id: conv,
    seq,
    client_id: clientId,
    author_type: 'contact',
    author_id: null,
    private: false,
    body: `message ${seq}`,
  });

  it('returns numbers, dates, booleans and JSON in the same shapes on both backends', async () => {
    const [row] = await db.query<Record<string, unknown>>(
      `select 42::int8 as big, 7::int4 as small, now() as at, true as flag,
              '{"a":[1,2]}'::jsonb as doc, null::text as nothing`,
    );
    expect(row).toEqual({
      big: 42,
      small: 7,
      at: expect.any(Date),
      flag: true,
      doc: { a: [1, 2] },
      nothing: null,
    });
  });

  it('commits a transaction that resolves and rolls back one that throws', async () => {
    const { ws } = await conversation();
    const keep = randomUUID();
    const lose = randomUUID();
    await db.transaction((tx) =>
      tx.query('insert into conversations (id, workspace_id) values ($1, $2)', [keep, ws]),
    );
    await expect(
      db.transaction(async (tx) => {
        await tx.query('insert into conversations (id, workspace_id) values ($1, $2)', [lose, ws]);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    const ids = (
      await db.query<{ id: string }>('select id from conversations where workspace_id = $1', [ws])
    ).map((r) => r.id);
    expect(ids).toContain(keep);
    expect(ids).not.toContain(lose);
  });

  it('joins a nested transaction into the outer one, so an outer failure undoes both', async () => {
    const { ws } = await conversation();
    const inner = randomUUID();
    await expect(
      db.transaction(async (tx) => {
        await tx.transaction((t2) =>
          t2.query('insert into conversations (id, workspace_id) values ($1, $2)', [inner, ws]),
        );
        throw new Error('outer fails');
      }),
    ).rejects.toThrow('outer fails');
    expect(await db.query('select 1 from conversations where id = $1', [inner])).toHaveLength(0);
  });

  it('stores a batch in one insert and absorbs a resent client id', async () => {
    const { ws, conv } = await conversation();
    const first = message(ws, conv, 1, 'client-1');
    const stored = await insertMessages(db, [first, message(ws, conv, 2, 'client-2')]);
    expect(stored.map((m) => m.seq)).toEqual([1, 2]);
    const again = await insertMessages(db, [{ ...first, seq: 3 }]);
    expect(again).toEqual([]);
    expect((await latestMessages(db, ws, conv, 50)).map((m) => m.client_id)).toEqual([
      'client-1',
      'client-2',
    ]);
  });

  it('returns the newest messages oldest-first and never another workspace’s', async () => {
    const a = await conversation();
    const b = await conversation();
    await insertMessages(
      db,
      Array.from({ length: 60 }, (_, i) => message(a.ws, a.conv, i + 1)),
    );
    const latest = await latestMessages(db, a.ws, a.conv, 50);
    expect(latest.map((m) => m.seq)).toEqual(Array.from({ length: 50 }, (_, i) => i + 11));
    expect(await latestMessages(db, b.ws, a.conv, 50)).toEqual([]);
  });

  it('applies migrations once: running them again changes nothing', async () => {
    const before = await db.query('select name from schema_migrations order by name');
    expect(before.length).toBeGreaterThanOrEqual(2);
    expect(await migrate(db)).toEqual({ applied: [] });
    expect(await db.query('select name from schema_migrations order by name')).toEqual(before);
  });

  it('surfaces a SQL error as a rejected promise and keeps working afterwards', async () => {
    await expect(db.query('select * from no_such_table')).rejects.toThrow(/no_such_table/);
    expect(await db.query<{ one: number }>('select 1 as one')).toEqual([{ one: 1 }]);
  });
});
