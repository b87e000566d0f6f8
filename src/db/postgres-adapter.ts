import pg from 'pg';
import type { Db } from './db.js';

// int8 (counts, sequences) as numbers, like PGlite, so both adapters return the same shapes.
// Values in Parley stay far below 2^53.
pg.types.setTypeParser(20, (value) => Number(value));

type Client = Pick<pg.PoolClient, 'query'>;

function wrap(
  client: Client,
  transaction: Db['transaction'],
  close: Db['close'],
  dedicated?: Db['dedicated'],
): Db {
  const db: Db = {
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
    // Inside a transaction, or on a dedicated handle, that handle itself.
    dedicated: dedicated ?? (() => db),
    close,
  };
  return db;
}

export interface PostgresOptions {
  /** Put every unqualified name in this schema (tests and benchmarks isolate themselves so). */
  schema?: string;
  max?: number;
}

/** A pooled connection to a PostgreSQL server. */
export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<Db> {
  const connection = {
    connectionString: url,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  };
  const pool = new pg.Pool({ ...connection, max: options.max ?? 10 });
  // An idle client that loses its server must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  const dedicatedClients = new Set<pg.Client>();
  const close = async () => {
    await Promise.all([...dedicatedClients].map((c) => c.end().catch(() => {})));
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
  const dedicated = () =>
    wrap(dedicatedConnection(connection, dedicatedClients), transaction, close);
  const db = wrap(pool, transaction, close, dedicated);
  // Fail at boot, not at the first request, when the server is unreachable.
  await db.query('select 1');
  return db;
}

/**
 * One connection outside the pool, opened on first use. A lost connection is dropped (its
 * statement fails) and the next statement opens a new one; `open` holds the live one for close.
 */
function dedicatedConnection(config: pg.ClientConfig, open: Set<pg.Client>): Client {
  let live: Promise<pg.Client> | undefined;
  const connect = async () => {
    const client = new pg.Client(config);
    const drop = () => {
      open.delete(client);
      if (live === opening) live = undefined;
    };
    client.on('error', drop);
    client.on('end', drop);
    const opening = client.connect().then(() => client);
    live = opening;
    try {
      await opening;
    } catch (error) {
      drop();
      throw error;
    }
    open.add(client);
    return client;
  };
  return {
    query: (async (...args: Parameters<pg.Client['query']>) => {
      const client = await (live ?? connect());
      return (client.query as (...a: unknown[]) => Promise<unknown>)(...args);
    }) as Client['query'],
  };
}
