/** A row as the database returns it: column name to value. */
export type Row = Record<string, unknown>;

/**
 * The narrow storage interface every other layer sees. Both adapters (embedded PGlite and
 * PostgreSQL) implement it with the same SQL dialect, so queries are written once.
 */
export interface Db {
  readonly kind: 'pglite' | 'postgres';
  /** One parameterised statement ($1, $2, ...). */
  /**
   * `options.name` asks for a prepared statement kept per connection (PostgreSQL): a hot,
   * large statement is then parsed and planned once, not on every call.
   */
  query<T = Row>(
    sql: string,
    params?: readonly unknown[],
    options?: { name?: string },
  ): Promise<T[]>;
  /** Several statements without parameters (migrations, scripts). */
  exec(sql: string): Promise<void>;
  /**
   * Runs `fn` in one transaction: commit when it resolves, roll back when it throws.
   * Never await network I/O inside `fn` (PGlite serialises every query).
   * Calling `transaction` on the handle passed to `fn` joins the same transaction.
   */
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
  /**
   * A handle for one hot caller that runs one statement at a time (the chat's message writer).
   * PostgreSQL: a connection of its own, outside the pool, so its statements never queue behind
   * other work for a pooled connection; reopened by the next statement after it is lost. PGlite
   * has one connection: the same handle. Closed with the database.
   */
  dedicated(): Db;
  close(): Promise<void>;
}
