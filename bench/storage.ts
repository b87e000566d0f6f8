import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Db } from '../src/db/db.js';
import { openDb } from '../src/db/open-db.js';
import { openPostgres } from '../src/db/postgres-adapter.js';
import { defer } from './cleanup.js';
import { result, type ScenarioReport } from './report.js';
import { runWorkload, SIZES, type WorkloadFigures } from './storage-workload.js';

const SCENARIO = 'storage';

function postgresUrl(): string {
  return (
    process.env.BENCH_DATABASE_URL ||
    process.env.TEST_DATABASE_URL ||
    'postgres://postgres@127.0.0.1:5432/postgres'
  );
}

/**
 * The same workload on embedded PGlite (the default install) and on PostgreSQL (the production
 * path), one after the other so they never compete for the two cores.
 */
export async function runStorage(progress: (line: string) => void): Promise<ScenarioReport> {
  const notes: string[] = [];
  const pglite = await onPglite(progress);
  let postgres: WorkloadFigures | null = null;
  try {
    postgres = await onPostgres(progress);
  } catch (error) {
    if (!isUnreachable(error)) throw error;
    notes.push(
      `PostgreSQL at ${redact(postgresUrl())} is unreachable (${describe(error)}); ` +
        'reporting PGlite only. Set BENCH_DATABASE_URL to compare.',
    );
  }
  const rows = `${SIZES.totalRows / 1_000_000}M`;
  const r = (metric: string, unit: string, pick: (f: WorkloadFigures) => number) =>
    result(SCENARIO, metric, unit, pick(pglite), postgres ? pick(postgres) : null);
  notes.push(
    `single = ${SIZES.singleRows} sequential insertMessages calls of 1 row; batched = ` +
      `${SIZES.batchRows / SIZES.batchSize} calls of ${SIZES.batchSize} rows; selects = ` +
      `${SIZES.selects} latestMessages(limit ${SIZES.selectLimit}) on random conversations of ` +
      `${SIZES.conversations} with ${SIZES.totalRows.toLocaleString('en-US')} rows stored. ` +
      'PGlite runs with fsync off; rows/s: higher is better, ms: lower is better.',
  );
  return {
    scenario: SCENARIO,
    legend: 'value = embedded PGlite (file://), baseline = PostgreSQL; ratio = value / baseline',
    results: [
      r('pglite single-row insert', 'rows/s', (f) => f.singleRowsPerSec),
      r(`pglite batched insert (${SIZES.batchSize}/batch)`, 'rows/s', (f) => f.batchRowsPerSec),
      r(`pglite latest-${SIZES.selectLimit} select p50 @ ${rows} rows`, 'ms', (f) => f.selectP50Ms),
      r(`pglite latest-${SIZES.selectLimit} select p99 @ ${rows} rows`, 'ms', (f) => f.selectP99Ms),
      r(`pglite bulk load (INSERT ... SELECT) to ${rows} rows`, 'ms', (f) => f.bulkLoadMs),
    ],
    notes,
  };
}

async function onPglite(progress: (line: string) => void): Promise<WorkloadFigures> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'parley-bench-pglite-'));
  const removeDir = defer(() => rm(dir, { recursive: true, force: true }));
  try {
    return await withDb(await openDb(`file://${dir}`), (db) => runWorkload(db, progress));
  } finally {
    await removeDir();
  }
}

/** A throwaway schema keeps the bench off any real data in the same database. */
async function onPostgres(progress: (line: string) => void): Promise<WorkloadFigures> {
  const url = postgresUrl();
  const schema = `bench_${Date.now()}_${process.pid}`;
  const admin = await openPostgres(url, { max: 1 });
  // Tagged so an interrupted run can end its own sessions, whose locks would block the drop.
  const tagged = new URL(url);
  tagged.searchParams.set('application_name', schema);
  const dropSchema = defer(async () => {
    await admin.query(
      'select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1',
      [schema],
    );
    await admin.exec(`drop schema if exists ${schema} cascade`);
    await admin.close();
  });
  try {
    await admin.exec(`create schema ${schema}`);
    const db = await openPostgres(tagged.href, { schema, max: 2 });
    return await withDb(db, (d) => runWorkload(d, progress));
  } finally {
    await dropSchema();
  }
}

// Not a deferred cleanup step: an interrupted run exits and takes its connections and the
// in-process PGlite with it; closing PGlite mid-query can block for seconds on a checkpoint.
async function withDb<T>(db: Db, fn: (db: Db) => Promise<T>): Promise<T> {
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

/** Connection failures only; a failing query on a reachable server is a real error. */
function isUnreachable(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  const codes = ['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH', 'EAI_AGAIN'];
  if (typeof code === 'string' && (codes.includes(code) || code === '28P01' || code === '3D000')) {
    return true;
  }
  return error instanceof AggregateError && error.errors.some(isUnreachable);
}

function describe(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : String(error);
}

/** Never print a password from the URL. */
function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
