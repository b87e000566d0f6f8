import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { migrate } from '../src/db/migrate.js';
import { openPglite } from '../src/db/pglite-adapter.js';

/**
 * Once per run: build the bundles the app serves, and migrate one PGlite database whose dumped
 * data directory every test restores (much faster than migrating per test file).
 */
export default async function setup(project: TestProject) {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  const dir = mkdtempSync(path.join(tmpdir(), 'parley-test-'));
  const db = await openPglite(undefined);
  await migrate(db);
  const snapshot = await (db as unknown as { dump(): Promise<Blob> }).dump();
  await db.close();
  const file = path.join(dir, 'migrated.tar');
  writeFileSync(file, Buffer.from(await snapshot.arrayBuffer()));
  project.provide('pgliteSnapshot', file);
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteSnapshot: string;
  }
}
