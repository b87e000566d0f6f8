import pg from 'pg';
import type { Db } from './db.js';

// int8 (counts, sequences) as numbers, like PGlite, so both adapters return the same shapes.
// Values in Parley stay far below 2^53.
pg.types.setTypeParser(20, (value) => Number(value));

type Client = Pick<pg.PoolClient, 'query'>;

function wrap(client: Client, transaction: Db['transaction'], close: Db['close']): Db {
  return {
    kind: 'postgres',
    async query<T>(sql: string, params: readonly unknown[] = [], options?: { name?: string }) {
      const values = params as unknown[];
      const result = options?.name
        ? await client.query({ name: options.name, text: sql, values })
        : await client.query(sql, values);
      return result.rows as T[];
    },
    async exec(sql: string) {
      await client.query(sql);
    },
    transaction,
    close,
  };
}

export interface PostgresOptions {
  /** Put every unqualified name in this schema (tests and benchmarks isolate themselves so). */
  schema?: string;
  max?: number;
}

/** A pooled connection to a PostgreSQL server. */
export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<Db> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  // An idle client that loses its server must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  const close = async () => {
    if (!pool.ended) await pool.end();
  };
  const transaction: Db['transaction'] = async (fn) => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const joined: Db['transaction'] = (inner) => inner(txDb);
      const txDb = wrap(client, joined, close);
      const result = await fn(txDb);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  };
  const db = wrap(pool, transaction, close);
  // Fail at boot, not at the first request, when the server is unreachable.
  await db.query('select 1');
  return db;
}
