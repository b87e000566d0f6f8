import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../../test/test-db.js';
import type { Db } from './db.js';

// PostgreSQL only (a *.services test): PGlite has one connection, and `dedicated()` is itself.
let db: Db;
beforeAll(async () => {
  db = await openTestDb('postgres');
});
afterAll(() => db.close());

const pid = async (handle: Db) =>
  (await handle.query<{ pid: number }>('select pg_backend_pid() as pid'))[0]!.pid;

/** Holds every pooled connection (the test pool has 4) until the returned function is called. */
async function holdThePool(size = 4) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const held: Promise<void>[] = [];
  let holding = 0;
  for (let i = 0; i < size; i++)
    held.push(db.transaction(async () => void (holding++, await gate)));
  while (holding < size) await new Promise((r) => setTimeout(r, 5));
  return async () => {
    release();
    await Promise.all(held);
  };
}

describe('a dedicated connection', () => {
  it('answers while every pooled connection is busy, on the same connection each time', async () => {
    const own = db.dedicated();
    const first = await pid(own);
    const release = await holdThePool();
    expect(await pid(own)).toBe(first);
    await release();
  });

  it('opens a new connection after its own is lost, failing at most the statement under way', async () => {
    const own = db.dedicated();
    const before = await pid(own);
    await db.query('select pg_terminate_backend($1)', [before]);
    let after: number | undefined;
    for (let attempt = 0; attempt < 20 && after === undefined; attempt++)
      after = await pid(own).catch(() => undefined);
    expect(after).toBeDefined();
    expect(after).not.toBe(before);
    expect(await pid(own)).toBe(after);
  });
});
