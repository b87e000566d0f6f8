import type { Db } from '../db/db.js';

/** What every use case may depend on. Passed in explicitly; there are no singletons. */
export interface CoreDeps {
  db: Db;
  /** The clock, injected so tests can move time (session expiry, lockouts). */
  now: () => Date;
  /** How long a console session lasts. */
  sessionTtlMs: number;
}

export const systemClock = () => new Date();
