import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { defer } from './cleanup.js';
import { median, result, type ScenarioReport } from './report.js';

const SCENARIO = 'startup';
const RUNS = 3;
const POLL_MS = 20;
const READY_TIMEOUT_MS = 60_000;
// dist/bench.js (or bench/*.ts) sits one folder below the package root.
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = path.join(ROOT, 'bin', 'parley.js');

// The smallest thing that "answers HTTP": what Node alone costs before Parley does anything.
const BARE_SERVER =
  "require('http').createServer((q, s) => s.end('ok')).listen(+process.env.PORT, '127.0.0.1')";

/**
 * Time from spawn to the first 200 from GET /healthz, for a first start on an empty data
 * directory ("new": create, migrate, seed the demo) and a restart on it ("existing").
 */
export async function runStartup(progress: (line: string) => void): Promise<ScenarioReport> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing; run npm run build first`);
  const samples = { fresh: [] as number[], existing: [] as number[], bare: [] as number[] };
  for (let run = 1; run <= RUNS; run++) {
    progress(`startup: run ${run}/${RUNS}`);
    // Interleaved so a noisy moment on the machine hits all three kinds alike.
    const dir = await mkdtemp(path.join(os.tmpdir(), 'parley-bench-startup-'));
    const removeDir = defer(() => rm(dir, { recursive: true, force: true }));
    try {
      samples.fresh.push(await timeToFirstAnswer([CLI, 'start'], parleyEnv(dir)));
      samples.existing.push(await timeToFirstAnswer([CLI, 'start'], parleyEnv(dir)));
    } finally {
      await removeDir();
    }
    samples.bare.push(await timeToFirstAnswer(['-e', BARE_SERVER], {}));
  }
  const bare = median(samples.bare);
  const list = (xs: number[]) => xs.map((x) => Math.round(x)).join(', ');
  return {
    scenario: SCENARIO,
    legend: `value = Parley (node bin/parley.js start, PGlite file://), baseline = bare node -e http server; median of ${RUNS}; lower is better`,
    results: [
      result(
        SCENARIO,
        'startup to first answer, new data dir',
        'ms',
        median(samples.fresh),
        bare,
        '<= 6000 ms',
      ),
      result(
        SCENARIO,
        'startup to first answer, existing data dir',
        'ms',
        median(samples.existing),
        bare,
        '<= 3000 ms',
      ),
    ],
    notes: [
      `runs (ms): new ${list(samples.fresh)}; existing ${list(samples.existing)}; bare ${list(samples.bare)}`,
    ],
  };
}

function parleyEnv(dir: string): NodeJS.ProcessEnv {
  return { DATABASE_URL: `file://${dir}`, LOG_LEVEL: 'warn' };
}

/** Spawns `node ...args` on a free port, polls until it answers 200, then stops it cleanly. */
async function timeToFirstAnswer(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const port = await freePort();
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    ...env,
    PORT: String(port),
    HOST: '127.0.0.1',
  };
  // A developer's own settings must not change what is measured.
  delete childEnv.REDIS_URL;
  delete childEnv.PUBLIC_URL;
  const t0 = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: childEnv,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const stop = defer(() => stopChild(child));
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  try {
    while (performance.now() - t0 < READY_TIMEOUT_MS) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(
          `node ${args.join(' ')} exited (${child.exitCode ?? child.signalCode}) before answering:\n${stderr}`,
        );
      }
      if ((await probe(port)) === 200) return performance.now() - t0;
      await sleep(POLL_MS);
    }
    throw new Error(
      `node ${args.join(' ')} did not answer within ${READY_TIMEOUT_MS} ms:\n${stderr}`,
    );
  } finally {
    await stop();
  }
}

/** The status of GET /healthz, or 0 while nothing answers yet. */
function probe(port: number): Promise<number> {
  return new Promise((resolve) => {
    // agent: false so every probe is a new connection, as a first visitor's would be.
    const req = http.get(
      { host: '127.0.0.1', port, path: '/healthz', agent: false, timeout: 1000 },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(0));
  });
}

/** SIGTERM and wait for the exit (Parley closes its database), SIGKILL if it hangs. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

/** The OS picks an unused port; it stays free for the moment between close and the child's listen. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
