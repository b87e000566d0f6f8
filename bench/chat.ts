import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { loadConfig } from '../src/config.js';
import type { Db } from '../src/db/db.js';
import { openDb } from '../src/db/open-db.js';
import { openPostgres } from '../src/db/postgres-adapter.js';
import { startServer } from '../src/server.js';
import { addMember } from '../src/core/users/add-member.js';
import { startRelay } from './chat-pairs.js';
import { inWorker, type LoadFigures, type LoadTarget } from './chat-worker.js';
import { idleSocketMemory, widgetSizes } from './chat-footprint.js';
import { defer } from './cleanup.js';
import { result, type Result, type ScenarioReport } from './report.js';

const SCENARIO = 'chat';
const PAIRS = 20;
const SECONDS = 4;
const STARTUP_SETTLE_MS = 3_000;

/** The same load, from a worker thread, against the relay and against Parley. */
const load = (target: LoadTarget) =>
  inWorker({ target, pairs: PAIRS, seconds: SECONDS, latency: { count: 400, everyMs: 5 } });

/** The relay, measured again right before each Parley run so each ratio compares like times. */
async function measureRelay(): Promise<LoadFigures> {
  const relay = await startRelay();
  return load({ kind: 'relay', url: relay.url }).finally(() => relay.close());
}

/**
 * Live chat through Parley (stored durably, then delivered) against a bare `ws` relay that only
 * forwards, both served from this thread and loaded from a worker thread, plus the widget's
 * footprint.
 */
export async function runChat(progress: (line: string) => void): Promise<ScenarioReport> {
  const results: Result[] = [];
  const notes = [
    `${PAIRS} customers pipelining up to 32 messages each to one agent socket for ${SECONDS} s; latency (measured first, on the fresh server): one message every 5 ms, send to the agent's socket.`,
    `the load runs in a worker thread, the server (relay or Parley, and PGlite) in the main thread, on ${os.availableParallelism()} cores; the relay is measured again before each backend.`,
    "cpu per message: the server's thread (with PGlite, the database too), and the rest of the process (the load worker, which reads Parley's ack, message and inbox frames against the relay's one, and runtime helpers); PostgreSQL's own processes are not counted.",
  ];
  const dir = await mkdtemp(path.join(os.tmpdir(), 'parley-bench-chat-'));
  defer(() => rm(dir, { recursive: true, force: true }));
  const backends: [string, () => Promise<Db>][] = [
    ['pglite', () => openDb(`file://${dir}`)],
    ['postgres', openBenchPostgres],
  ];
  for (const [name, open] of backends) {
    try {
      progress(`chat: bare ws relay (baseline for ${name})`);
      const base = await measureRelay();
      progress(`chat: Parley on ${name}`);
      report(results, name, await runParley(await open()), base);
    } catch (error) {
      notes.push(`${name}: not measured (${(error as Error).message})`);
    }
  }
  progress('chat: idle sockets');
  const memory = await idleSocketMemory(10_000);
  results.push(
    result(
      SCENARIO,
      'memory per idle widget socket (10k sockets)',
      'KB',
      memory.parley,
      memory.bare,
      '<= 10 KB',
    ),
  );
  const sizes = await widgetSizes();
  results.push(result(SCENARIO, 'widget loader, gzipped', 'B', sizes.loader, null, '<= 3072 B'));
  results.push(
    result(SCENARIO, 'widget loader + panel, gzipped', 'B', sizes.total, null, '<= 30720 B'),
  );
  notes.push(
    'memory: server RSS growth divided by sockets; baseline is a bare ws server holding the same number.',
  );
  return {
    scenario: SCENARIO,
    legend: 'value = Parley (durable, then delivered), baseline = bare ws relay in the same run',
    results,
    notes,
  };
}

function report(results: Result[], name: string, f: LoadFigures, base: LoadFigures) {
  results.push(
    result(
      SCENARIO,
      `${name}: durable + delivered`,
      'msg/s',
      f.rate,
      base.rate,
      `>= ${Math.round(base.rate / 2)} msg/s`,
    ),
  );
  results.push(
    result(
      SCENARIO,
      `${name}: latency p50 (light load)`,
      'ms',
      f.p50,
      base.p50,
      `<= ${(base.p50 + 1).toFixed(2)} ms`,
    ),
  );
  results.push(
    result(
      SCENARIO,
      `${name}: latency p99 (light load)`,
      'ms',
      f.p99,
      base.p99,
      `<= ${(base.p99 + 5).toFixed(2)} ms`,
    ),
  );
  if (!f.cpuUs || !base.cpuUs) return;
  const cpu = (who: string, k: 'server' | 'rest') =>
    results.push(
      result(SCENARIO, `${name}: CPU per message, ${who}`, 'µs', f.cpuUs![k], base.cpuUs![k]),
    );
  cpu('server thread', 'server');
  cpu('load worker', 'rest');
}

async function runParley(db: Db): Promise<LoadFigures> {
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    SOCKET_FRAME_BURST: '1000000',
    SOCKET_FRAMES_PER_SECOND: '1000000',
  });
  const server = await startServer(config, {
    assetsDir: 'dist',
    db,
    log: pino({ level: 'silent' }),
  });
  try {
    const workspace = server.demo!.workspace;
    const agent = await addMember(
      { db, now: () => new Date() },
      {
        workspaceId: workspace.id,
        email: 'bench@example.test',
        name: 'Bench',
        role: 'agent',
        password: 'bench password 123',
      },
    );
    const login = await fetch(`${server.url}/api/console/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: agent.email, password: 'bench password 123' }),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    // A new server indexes the demo's texts first: light load is after that start-up work.
    await new Promise((resolve) => setTimeout(resolve, STARTUP_SETTLE_MS));
    return await load({ kind: 'parley', base: server.url, key: workspace.public_key, cookie });
  } finally {
    await server.close();
  }
}

async function openBenchPostgres(): Promise<Db> {
  const url =
    process.env.BENCH_DATABASE_URL ||
    process.env.TEST_DATABASE_URL ||
    'postgres://postgres@127.0.0.1:5432/postgres';
  const schema = `bench_chat_${process.pid}`;
  const admin = await openPostgres(url, { max: 1 });
  await admin.exec(`drop schema if exists ${schema} cascade; create schema ${schema}`);
  defer(async () => {
    await admin.exec(`drop schema if exists ${schema} cascade`).catch(() => {});
    await admin.close();
  });
  return openPostgres(url, { schema });
}
