import type { Db } from '../db.js';

export async function findServerKey<T>(db: Db, name: string): Promise<T | undefined> {
  const [row] = await db.query<{ value: T }>('select value from server_keys where name = $1', [
    name,
  ]);
  return row?.value;
}

/** Stores a key unless another process stored one first; returns the one that is kept. */
export async function keepServerKey<T>(db: Db, name: string, value: T): Promise<T> {
  await db.query(
    'insert into server_keys (name, value) values ($1, $2) on conflict (name) do nothing',
    [name, JSON.stringify(value)],
  );
  return (await findServerKey<T>(db, name))!;
}
