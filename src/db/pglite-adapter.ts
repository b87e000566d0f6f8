import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Db } from './db.js';

type Queryable = Pick<Transaction, 'query' | 'exec'>;

function wrap(target: Queryable, transaction: Db['transaction'], close: Db['close']): Db {
  const db: Db = {
    kind: 'pglite',
    async query<T>(sql: string, params: readonly unknown[] = []) {
      const result = await target.query<T>(sql, params as unknown[]);
      return result.rows;
    },
    async exec(sql: string) {
      await target.exec(sql);
    },
    transaction,
    dedicated: () => db,
    close,
  };
  return db;
}

/**
 * Embedded PostgreSQL (WASM) in this process. `dataDir` is a folder, or undefined for memory.
 * `snapshot` restores a dumped data directory (the test suite's migrated template).
 */
export async function openPglite(dataDir: string | undefined, snapshot?: Blob): Promise<Db> {
  const pg = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    ...(snapshot ? { loadDataDir: snapshot } : {}),
  });
  const close = async () => {
    if (!pg.closed) await pg.close();
  };
  const transaction: Db['transaction'] = (fn) =>
    pg.transaction((tx) => {
      const joined: Db['transaction'] = (inner) => inner(txDb);
      const txDb = wrap(tx, joined, close);
      return fn(txDb);
    });
  const db = wrap(pg, transaction, close);
  return Object.assign(db, {
    dump: () => pg.dumpDataDir('none'),
  });
}

/** True for a PGlite-backed Db that can dump its data directory (used for test snapshots). */
export function canDump(db: Db): db is Db & { dump(): Promise<Blob> } {
  return typeof (db as { dump?: unknown }).dump === 'function';
}
