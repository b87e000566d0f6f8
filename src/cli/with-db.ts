import type { Config } from '../config.js';
import { systemClock, type CoreDeps } from '../core/deps.js';
import { migrate } from '../db/migrate.js';
import { openDb } from '../db/open-db.js';

/** Opens DATABASE_URL exactly as the server does (migrating first), runs `fn`, closes. */
export async function withCore<T>(config: Config, fn: (core: CoreDeps) => Promise<T>): Promise<T> {
  const db = await openDb(config.DATABASE_URL);
  try {
    await migrate(db);
    return await fn({ db, now: systemClock, sessionTtlMs: config.SESSION_DAYS * 86_400_000 });
  } finally {
    await db.close();
  }
}
