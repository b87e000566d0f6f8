import { WebSocket } from 'ws';
import { percentile } from './report.js';

/** One sender and one receiver: a customer and an agent, or two ends of a bare relay. */
export interface Pair {
  send(stamp: number): void;
  onDelivered(fn: (stamp: number) => void): void;
  close(): void;
}

export async function openSocket(url: string, headers: Record<string, string> = {}) {
  const ws = new WebSocket(url, { headers });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return ws;
}

/**
 * Messages delivered end to end per second: each pair keeps at most 32 in flight (sent, not yet
 * delivered), as pipelining chat clients would. Warm up, count for `seconds`, then stop. With
 * `cpuMs` (CPU clocks in ms), also the CPU time each spent per delivered message, in µs.
 */
export async function measureThroughput<K extends string>(
  pairs: Pair[],
  seconds: number,
  cpuMs?: () => Record<K, number> | null,
): Promise<{ rate: number; cpuUs: Record<K, number> | null }> {
  let delivered = 0;
  let phase: 'warm' | 'count' | 'stop' = 'warm';
  const window = 32;
  const inFlight = pairs.map(() => 0);
  pairs.forEach((pair, i) => {
    const pump = () => {
      while (phase !== 'stop' && inFlight[i]! < window) {
        inFlight[i]!++;
        pair.send(performance.now());
      }
    };
    pair.onDelivered(() => {
      inFlight[i]!--;
      if (phase === 'count') delivered++;
      pump();
    });
    pump();
  });
  await sleep(500);
  phase = 'count';
  const cpuStart = cpuMs?.() ?? null;
  await sleep(seconds * 1000);
  const cpuEnd = cpuMs?.() ?? null;
  const rate = delivered / seconds;
  let cpuUs: Record<K, number> | null = null;
  if (cpuStart && cpuEnd && delivered) {
    cpuUs = { ...cpuEnd };
    for (const k in cpuUs) cpuUs[k] = ((cpuEnd[k] - cpuStart[k]) * 1000) / delivered;
  }
  phase = 'stop';
  await sleep(300);
  return { rate, cpuUs };
}

/**
 * Light load: one message every `everyMs`, send-to-delivery latency p50 and p99 in ms, after
 * `count / 4` more of the same to warm up (code paths compiled, connections open).
 */
export async function measureLatency(pair: Pair, count: number, everyMs: number) {
  const samples: number[] = [];
  let counting = false;
  pair.onDelivered((stamp) => counting && samples.push(performance.now() - stamp));
  for (let i = 0; i < count / 4; i++) {
    pair.send(performance.now());
    await sleep(everyMs);
  }
  await sleep(200);
  counting = true;
  for (let i = 0; i < count; i++) {
    pair.send(performance.now());
    await sleep(everyMs);
  }
  await sleep(200);
  return { p50: percentile(samples, 50), p99: percentile(samples, 99) };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
