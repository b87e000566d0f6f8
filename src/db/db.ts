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
  close(): Promise<void>;
}
