import path from 'node:path';
import type { Db } from './db.js';
import { openPglite } from './pglite-adapter.js';
import { openPostgres, type PostgresOptions } from './postgres-adapter.js';

/**
 * Chooses the adapter by URL scheme: `file://DIR` and `memory://` run embedded PGlite,
 * `postgres://` connects to a server.
 */
export async function openDb(url: string, options: PostgresOptions = {}): Promise<Db> {
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    return openPostgres(url, options);
  }
  if (url.startsWith('memory://')) return openPglite(undefined);
  if (url.startsWith('file://')) return openPglite(dataDirOf(url));
  throw new Error(`Unsupported DATABASE_URL scheme: ${url.split(':')[0]}`);
}

/** `file://./data` and `file:///var/lib/parley` both name a folder. */
export function dataDirOf(url: string): string {
  return path.resolve(url.slice('file://'.length));
}
