import { performance } from 'node:perf_hooks';
import type { CoreDeps } from '../src/core/deps.js';
import { answerQuestion } from '../src/core/kb/answer.js';
import { importArticles } from '../src/core/kb/import-articles.js';
import { searchArticles } from '../src/core/kb/search/search-articles.js';
import { createWorkspace } from '../src/core/workspaces/create-workspace.js';
import type { Db } from '../src/db/db.js';
import { openDb } from '../src/db/open-db.js';
import { migrate } from '../src/db/migrate.js';
import { openPostgres } from '../src/db/postgres-adapter.js';
import type { KbImportLine } from '../src/shared/schemas/kb.js';
import { defer } from './cleanup.js';
import { buildCorpus, buildQueries } from './kb-corpus.js';
import { percentile, result, type ScenarioReport } from './report.js';

const SCENARIO = 'kb';
const ARTICLES = 10_000;
const QUERIES = 1_000;
const ROUNDS = 3;
/** The any-word PostgreSQL variant is slow; a sample of the queries, timed once, is enough. */
const ANY_WORD_QUERIES = 300;
const TOP_K = 10;

interface Figures {
  p50: number;
  p99: number;
  hitRate: number;
  buildMs: number;
}

function serverUrl(): string {
  return process.env.BENCH_KB_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432';
}

/**
 * Search over 10k articles: Parley's in-memory BM25 index (through the same use case the API
 * calls) against PostgreSQL full-text search (GIN index, plainto_tsquery, ts_rank_cd) on the
 * same articles and queries, one after the other.
 */
export async function runKb(progress: (line: string) => void): Promise<ScenarioReport> {
  const corpus = buildCorpus(ARTICLES);
  const queries = buildQueries(corpus, QUERIES);
  const notes: string[] = [];
  const ours = await onParley(corpus, queries, progress);
  let pg: { all: Figures; any: Figures } | null = null;
  try {
    pg = await onPostgres(corpus, queries, progress);
  } catch (error) {
    if (!isUnreachable(error)) throw error;
    notes.push(
      `PostgreSQL at ${serverUrl()} is unreachable (${(error as { code?: string }).code ?? String(error)}); ` +
        'reporting Parley only. Set BENCH_KB_POSTGRES_URL (a server URL without a database name) to compare.',
    );
  }
  const r = (metric: string, unit: string, v: number, b: number | null, goal?: string) =>
    result(SCENARIO, metric, unit, v, b, goal ?? null);
  notes.push(
    `${ARTICLES.toLocaleString('en-US')} articles (55 ABCD + synthetic), ${QUERIES} queries x ${ROUNDS} rounds, top ${TOP_K}: ` +
      '40% title words, 20% store questions, 20% the same with a typo, 20% CLINC150 out-of-scope. ' +
      `Hit rate = queries with at least one result: PostgreSQL's plainto_tsquery needs every word, ` +
      `so typos and long questions often find nothing (any-word OR query, first ${ANY_WORD_QUERIES} queries once: p50 ${fmt(pg?.any.p50)} ms, ` +
      `p99 ${fmt(pg?.any.p99)} ms, hit rate ${fmt(pg?.any.hitRate)}%). ` +
      'Parley times include snippets and the staleness check; PostgreSQL times include the local round trip.',
  );
  return {
    scenario: SCENARIO,
    legend:
      'value = Parley in-memory BM25 index (searchArticles on PGlite), baseline = PostgreSQL FTS (GIN, plainto_tsquery, ts_rank_cd)',
    results: [
      r('search p50 @ 10k articles', 'ms', ours.p50, pg?.all.p50 ?? null, '<= 3 ms'),
      r('search p99 @ 10k articles', 'ms', ours.p99, pg?.all.p99 ?? null, '<= 15 ms'),
      r('queries with a hit', '%', ours.hitRate, pg?.all.hitRate ?? null),
      r('index build (10k articles)', 'ms', ours.buildMs, pg?.all.buildMs ?? null),
      r('answer p50 (search + decide + compose)', 'ms', ours.answerP50, null),
      r('answer p99', 'ms', ours.answerP99, null),
    ],
    notes,
  };
}

const fmt = (n: number | undefined) =>
  n === undefined ? '—' : (Math.round(n * 100) / 100).toString();

async function onParley(
  corpus: readonly KbImportLine[],
  queries: readonly string[],
  progress: (line: string) => void,
): Promise<Figures & { answerP50: number; answerP99: number }> {
  const db = await openDb('memory://');
  try {
    await migrate(db);
    const core: CoreDeps = { db, now: () => new Date(), sessionTtlMs: 0 };
    const ws = await createWorkspace(core, { name: 'Bench store' });
    progress(`kb: importing ${corpus.length} articles into PGlite`);
    const text = corpus.map((a) => JSON.stringify(a)).join('\n');
    await importArticles(core, {
      workspaceId: ws.id,
      source: { kind: 'jsonl', text },
      editor: { userId: null, label: 'bench' },
    });
    const t0 = performance.now();
    await searchArticles(core, { workspaceId: ws.id, query: 'warm up', limit: TOP_K });
    const buildMs = performance.now() - t0;
    progress('kb: timing Parley search');
    const search = async (q: string) =>
      (await searchArticles(core, { workspaceId: ws.id, query: q, limit: TOP_K })).length;
    const figures = await timeQueries(queries, search);
    const answer = await timeQueries(queries, async (q) => {
      const a = await answerQuestion(core, { workspaceId: ws.id, question: q });
      return a.declined ? 0 : 1;
    });
    return { ...figures, buildMs, answerP50: answer.p50, answerP99: answer.p99 };
  } finally {
    await db.close();
  }
}

/** One warm-up pass, then `rounds` timed passes over every query. */
async function timeQueries(
  queries: readonly string[],
  run: (q: string) => Promise<number>,
  rounds = ROUNDS,
): Promise<Omit<Figures, 'buildMs'>> {
  for (const q of queries.slice(0, rounds === 1 ? 20 : undefined)) await run(q);
  const samples: number[] = [];
  let hits = 0;
  for (let round = 0; round < rounds; round++) {
    for (const q of queries) {
      const t = performance.now();
      const n = await run(q);
      samples.push(performance.now() - t);
      if (round === 0 && n > 0) hits++;
    }
  }
  return {
    p50: percentile(samples, 50),
    p99: percentile(samples, 99),
    hitRate: (100 * hits) / queries.length,
  };
}

/** A throwaway database on the server, created and dropped here. */
async function onPostgres(
  corpus: readonly KbImportLine[],
  queries: readonly string[],
  progress: (line: string) => void,
): Promise<{ all: Figures; any: Figures }> {
  const base = serverUrl().replace(/\/+$/, '');
  const name = `parley_bench_kb_${process.pid}_${Date.now()}`;
  const admin = await openPostgres(`${base}/postgres`, { max: 1 });
  const drop = defer(async () => {
    await admin.query(
      'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
      [name],
    );
    await admin.exec(`drop database if exists ${name}`);
    await admin.close();
  });
  try {
    await admin.exec(`create database ${name}`);
    const db = await openPostgres(`${base}/${name}`, { max: 1 });
    try {
      progress(`kb: loading ${corpus.length} articles into PostgreSQL`);
      const buildMs = await loadPostgres(db, corpus);
      progress('kb: timing PostgreSQL full-text search');
      const all = await timeQueries(queries, (q) => pgSearch(db, q, 'all'));
      const any = await timeQueries(
        queries.slice(0, ANY_WORD_QUERIES),
        (q) => pgSearch(db, q, 'any'),
        1,
      );
      return { all: { ...all, buildMs }, any: { ...any, buildMs } };
    } finally {
      await db.close();
    }
  } finally {
    await drop();
  }
}

/** Table, rows and GIN index, timed from the first insert to the analysed index. */
async function loadPostgres(db: Db, corpus: readonly KbImportLine[]): Promise<number> {
  await db.exec(`create table kb (
    id integer primary key,
    title text not null,
    body text not null,
    tsv tsvector generated always as (
      setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', body), 'B')
    ) stored
  )`);
  const t0 = performance.now();
  for (let i = 0; i < corpus.length; i += 500) {
    const chunk = corpus.slice(i, i + 500);
    await db.query(
      'insert into kb (id, title, body) select * from unnest($1::int[], $2::text[], $3::text[])',
      [chunk.map((_, j) => i + j), chunk.map((a) => a.title), chunk.map((a) => a.content)],
    );
  }
  await db.exec('create index kb_tsv_idx on kb using gin (tsv); analyze kb');
  return performance.now() - t0;
}

async function pgSearch(db: Db, query: string, mode: 'all' | 'any'): Promise<number> {
  // plainto_tsquery ANDs the words; the any-word variant ORs the same lexemes.
  const tsquery =
    mode === 'all'
      ? "plainto_tsquery('english', $1)"
      : "coalesce(nullif(replace(plainto_tsquery('english', $1)::text, '&', '|'), '')::tsquery, ''::tsquery)";
  const rows = await db.query(
    `select id, ts_rank_cd(tsv, q) as rank from kb, ${tsquery} q where tsv @@ q
     order by rank desc limit ${TOP_K}`,
    [query],
  );
  return rows.length;
}

function isUnreachable(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  const codes = [
    'ECONNREFUSED',
    'ENOTFOUND',
    'ETIMEDOUT',
    'EHOSTUNREACH',
    'EAI_AGAIN',
    '28P01',
    '3D000',
  ];
  if (typeof code === 'string' && codes.includes(code)) return true;
  return error instanceof AggregateError && error.errors.some(isUnreachable);
}
