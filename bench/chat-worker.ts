// The chat load generator runs in a worker thread, for the relay and for Parley alike: in the
// server's thread its own JSON and socket work (Parley sends it three frames per message, the
// relay one) would be charged to the server, and it could use only one of the machine's cores.
import { readFileSync } from 'node:fs';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { measureLatency, measureThroughput, type Pair } from './chat-load.js';
import { parleyPairs, relayPairs } from './chat-pairs.js';

export type LoadTarget =
  { kind: 'relay'; url: string } | { kind: 'parley'; base: string; key: string; cookie: string };

export interface LoadTask {
  target: LoadTarget;
  pairs: number;
  seconds: number;
  latency: { count: number; everyMs: number };
}

export interface LoadFigures {
  rate: number;
  p50: number;
  p99: number;
  /**
   * CPU time per delivered message in µs: of the server's thread (the bench's main thread), and
   * of the rest of the process (this load worker, and the runtime's helper threads).
   */
  cpuUs: { server: number; rest: number } | null;
}

/** CPU time so far from Linux's /proc, in ms (clock ticks of 1/100 s, USER_HZ). */
function cpuMs(statFile: string): number {
  const stat = readFileSync(statFile, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Where the process's CPU time went so far; null where /proc is not there. */
function cpuSplit(): { server: number; rest: number } | null {
  try {
    const server = cpuMs(`/proc/${process.pid}/task/${process.pid}/stat`);
    return { server, rest: cpuMs(`/proc/${process.pid}/stat`) - server };
  } catch {
    return null;
  }
}

/** Runs `task` in a new worker thread of this same bundle (see bench/main.ts). */
export function inWorker(task: LoadTask): Promise<LoadFigures> {
  const worker = new Worker(new URL(import.meta.url), { workerData: task });
  return new Promise<LoadFigures>((resolve, reject) => {
    worker.once('message', (m: { figures?: LoadFigures; error?: string }) =>
      m.figures ? resolve(m.figures) : reject(new Error(m.error)),
    );
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`load worker exited with ${code}`)));
  }).finally(() => void worker.terminate());
}

/** The worker's side: open the pairs, measure, report, close. */
export async function serveLoadTask(): Promise<void> {
  const task = workerData as LoadTask;
  try {
    const open = (n: number): Promise<Pair[]> =>
      task.target.kind === 'relay'
        ? relayPairs(task.target.url, n)
        : parleyPairs(task.target.base, task.target.key, task.target.cookie, n);
    // Light load first: after the flood, Parley's background work (the text index, SLA clocks)
    // is still working off its messages, which is not light load.
    const [single] = await open(1);
    const { p50, p99 } = await measureLatency(single!, task.latency.count, task.latency.everyMs);
    single!.close();
    const busy = await open(task.pairs);
    const { rate, cpuUs } = await measureThroughput(busy, task.seconds, cpuSplit);
    for (const pair of busy) pair.close();
    parentPort!.postMessage({ figures: { rate, p50, p99, cpuUs } });
  } catch (error) {
    parentPort!.postMessage({ error: (error as Error).stack ?? String(error) });
  }
}
