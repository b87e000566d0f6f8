import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import type { Db } from '../src/db/db.js';
import { migrate } from '../src/db/migrate.js';
import { openPglite } from '../src/db/pglite-adapter.js';
import { openPostgres } from '../src/db/postgres-adapter.js';

export type Backend = 'pglite' | 'postgres';

/** The backend this test project runs on (see vitest.config.ts). */
export const BACKEND: Backend =
  process.env.PARLEY_TEST_BACKEND === 'postgres' ? 'postgres' : 'pglite';

let snapshot: Blob | undefined;

/**
 * A fresh, migrated database of its own. PGlite: restored from the run's migrated snapshot.
 * PostgreSQL: a new schema in TEST_DATABASE_URL, migrated, and dropped again on close.
 */
export async function openTestDb(backend: Backend = BACKEND): Promise<Db> {
  if (backend === 'pglite') {
    snapshot ??= new Blob([readFileSync(inject('pgliteSnapshot'))]);
    return openPglite(undefined, snapshot);
  }
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set: the PostgreSQL tests need a server.');
  const schema = `parley_t_${randomBytes(6).toString('hex')}`;
  const admin = await openPostgres(url, { max: 1 });
  await admin.exec(`create schema ${schema}`);
  await admin.close();
  const db = await openPostgres(url, { schema, max: 4 });
  await migrate(db);
  const close = db.close;
  return Object.assign(db, {
    /** For a second node on the same database: openPostgres(url, { schema }). */
    schema,
    close: async () => {
      await db.exec(`drop schema ${schema} cascade`).catch(() => {});
      await close();
    },
  });
}
