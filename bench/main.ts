// `npm run bench -- [scenario] [--json]`: each scenario prints its figures next to a baseline
// measured in the same run, so a slow or noisy machine shows up in both columns alike.
import { isMainThread } from 'node:worker_threads';
import { serveLoadTask } from './chat-worker.js';
import { cleanupAll, isInterrupted } from './cleanup.js';
import { formatJson, formatTable, type ScenarioReport } from './report.js';
import { runChat } from './chat.js';
import { runEta } from './eta.js';
import { runKb } from './kb.js';
import { runRouting } from './routing.js';
import { runSentiment } from './sentiment.js';
import { runStartup } from './startup.js';
import { runStorage } from './storage.js';

const SCENARIOS: Record<string, (progress: (line: string) => void) => Promise<ScenarioReport>> = {
  storage: runStorage,
  startup: runStartup,
  chat: runChat,
  kb: runKb,
  routing: runRouting,
  eta: runEta,
  sentiment: runSentiment,
};

const USAGE = `Usage: npm run bench -- [scenario] [--json]

Scenarios (none = all):
  storage   inserts and latest-50 selects on embedded PGlite vs PostgreSQL
            (BENCH_DATABASE_URL, else TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres)
  startup   spawn to first answered GET /healthz, new and existing data directory
  chat      live chat msg/s and latency (PGlite, PostgreSQL) against a bare ws relay;
            memory per idle widget socket at 10k sockets; widget gzipped sizes
  kb        knowledge-base search p50/p99 over 10k articles vs PostgreSQL full-text search
            (a throwaway database on BENCH_KB_POSTGRES_URL, else postgres://postgres@127.0.0.1:5432)
  routing   routing decision p50/p99 and assignments/s, 1k agents and 10k waiting items,
            against a linear scan per decision
  eta       the queue wait model's error against simulated traffic, vs the previous model
  sentiment accuracy on the UCI Yelp and IMDB labelled sentences and sentences/s,
            against the bare AFINN \`sentiment\` package

Options:
  --json    one JSON object per line: {scenario, metric, value, unit, baseline, ratio, goal}
  --help    this text`;

interface Args {
  scenarios: string[];
  json: boolean;
}

/** Parsed arguments, 'help', or an error message. */
function parseArgs(argv: readonly string[]): Args | 'help' | string {
  let json = false;
  const names: string[] = [];
  for (const arg of argv) {
    if (arg === '--json') json = true;
    else if (arg === '--help' || arg === '-h') return 'help';
    else if (arg.startsWith('-')) return `unknown option: ${arg}`;
    else if (!(arg in SCENARIOS)) return `unknown scenario: ${arg}`;
    else names.push(arg);
  }
  if (names.length > 1) return 'give at most one scenario';
  return { scenarios: names.length ? names : Object.keys(SCENARIOS), json };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (typeof args === 'string') {
    console.error(`bench: ${args}\n\n${USAGE}`);
    return 2;
  }
  // Progress goes to stderr so stdout stays exactly the table or the JSON lines.
  const progress = (line: string) => process.stderr.write(`bench: ${line}\n`);
  let failed = false;
  for (const name of args.scenarios) {
    try {
      const report = await SCENARIOS[name]!(progress);
      if (args.json) {
        console.log(formatJson(report.results));
        for (const note of report.notes) progress(`${name}: ${note}`);
      } else {
        console.log(`${formatTable(report)}\n`);
      }
    } catch (error) {
      failed = true;
      if (!isInterrupted()) console.error(`bench: ${name} failed:`, error);
    } finally {
      await cleanupAll();
    }
  }
  return failed ? 1 : 0;
}

// The same bundle runs the chat load generator's worker threads (bench/chat-worker.ts).
// Exit explicitly: a pool or a WASM instance must not keep a finished run alive.
if (isMainThread) process.exit(await main());
else await serveLoadTask();
