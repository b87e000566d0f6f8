import { availableParallelism, loadavg } from 'node:os';
import { createRouter } from '../src/core/routing/router.js';
import type { AgentProfile, Presence, WorkItem } from '../src/core/routing/types.js';
import { percentile, result, type ScenarioReport } from './report.js';
import { NaiveRouter, type Pair } from './routing-naive.js';
import { buildAgents, buildItem, seeded, type WorkloadShape } from './routing-workload.js';

const SCENARIO = 'routing';
const SHAPE: WorkloadShape = { agents: 1_000, teams: 8 };
const WAITING = 10_000;
const ROUNDS = 5_000;
const WARM_UP = 500;
const AGING_MINUTES = 10;
const START = Date.UTC(2026, 2, 2, 8, 0);

/** The operations the workload drives; both implementations answer with who got what. */
interface Engine {
  upsertAgent(profile: AgentProfile, now: number): Pair[];
  setPresence(agentId: string, presence: Presence, now: number): Pair[];
  enqueue(item: WorkItem, now: number): Pair[];
  release(itemId: string, now: number): Pair[];
}

interface Figures {
  enqueue: number[];
  release: number[];
  steadyAssignments: number;
  steadyMs: number;
  shiftAssignments: number;
  shiftMs: number;
  log: Pair[];
}

/**
 * Routing decisions with 1,000 agents online and 10,000 items waiting: the router against a
 * linear scan over all agents and all waiting items, on the same seeded workload. Both must
 * make the same decisions, or the run fails.
 */
export async function runRouting(progress: (line: string) => void): Promise<ScenarioReport> {
  progress('routing: indexed router');
  const ours = drive(createRouter({ agingMinutes: AGING_MINUTES }));
  progress('routing: naive linear scan (baseline)');
  const naive = drive(new NaiveRouter(AGING_MINUTES * 60_000));
  const mismatch = ours.log.findIndex(
    (p, i) => p.itemId !== naive.log[i]?.itemId || p.agentId !== naive.log[i]?.agentId,
  );
  if (mismatch >= 0 || ours.log.length !== naive.log.length) {
    throw new Error(
      `the router and the baseline disagree at decision ${mismatch} of ${ours.log.length}`,
    );
  }
  const us = (samples: number[], p: number) => percentile(samples, p);
  const perSecond = (n: number, ms: number) => (n * 1000) / ms;
  const r = (metric: string, unit: string, v: number, b: number, goal?: string) =>
    result(SCENARIO, metric, unit, v, b, goal ?? null);
  return {
    scenario: SCENARIO,
    legend:
      'value = indexed router (src/core/routing), baseline = linear scan per decision, same workload and decisions',
    results: [
      r('enqueue p50', 'µs', us(ours.enqueue, 50), us(naive.enqueue, 50)),
      r('enqueue p99', 'µs', us(ours.enqueue, 99), us(naive.enqueue, 99), '<= 1000 µs'),
      r('drain on release p50', 'µs', us(ours.release, 50), us(naive.release, 50)),
      r('drain on release p99', 'µs', us(ours.release, 99), us(naive.release, 99), '<= 1000 µs'),
      r(
        'assignments/s, steady (release → drain)',
        '/s',
        perSecond(ours.steadyAssignments, ours.steadyMs),
        perSecond(naive.steadyAssignments, naive.steadyMs),
      ),
      r(
        'assignments/s, shift starts on the backlog',
        '/s',
        perSecond(ours.shiftAssignments, ours.shiftMs),
        perSecond(naive.shiftAssignments, naive.shiftMs),
      ),
    ],
    notes: [
      `${SHAPE.agents.toLocaleString('en-US')} agents in ${SHAPE.teams} teams (a quarter in two), language and product skills at levels 1–5, ` +
        `chat/email/voice capacities; ${WAITING.toLocaleString('en-US')} items waiting (60% chat, 30% email, 10% voice; skills at levels 1–3; ` +
        `5% urgent, 15% high, 60% normal, 20% low; aging ${AGING_MINUTES} min per level).`,
      `${ROUNDS.toLocaleString('en-US')} rounds of one release (the freed slot is refilled from the line) and one new item; ` +
        `${ours.steadyAssignments.toLocaleString('en-US')} releases refilled a slot. Times are whole calls, including the decision sentences. ` +
        `Shift start: every agent away, all held items resolved, then every agent back online and filled from the backlog ` +
        `(${ours.shiftAssignments.toLocaleString('en-US')} assignments).`,
      `Both implementations made the same ${ours.log.length.toLocaleString('en-US')} decisions (who got which item, or waits).`,
      // Tails of microsecond timings are mostly the scheduler on a busy machine; say how busy.
      `Load average at the end: ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} CPUs.`,
    ],
  };
}

/** Fills the workspace to the waiting target, then times the steady state and a shift start. */
function drive(engine: Engine): Figures {
  const rand = seeded(2026);
  const log: Pair[] = [];
  const held = new HeldSet();
  const record = (pairs: Pair[]) => {
    for (const p of pairs) {
      log.push(p);
      if (p.agentId) held.add(p.itemId);
      else held.delete(p.itemId);
    }
    return pairs;
  };
  let now = START;
  let nextId = 0;
  const newItem = () => buildItem(rand, SHAPE, `item-${nextId++}`, now);
  const agents = buildAgents(rand, SHAPE);
  for (const a of agents) record(engine.upsertAgent(a, now));
  let waiting = 0;
  while (waiting < WAITING) {
    now += 100;
    waiting += record(engine.enqueue(newItem(), now)).filter((p) => !p.agentId).length;
  }
  const figures: Figures = {
    enqueue: [],
    release: [],
    steadyAssignments: 0,
    steadyMs: 0,
    shiftAssignments: 0,
    shiftMs: 0,
    log,
  };
  for (let round = 0; round < WARM_UP + ROUNDS; round++) {
    now += 250;
    const timed = round >= WARM_UP;
    const victim = held.random(rand);
    let t = process.hrtime.bigint();
    const released = engine.release(victim, now);
    const releaseNs = Number(process.hrtime.bigint() - t);
    const drained = record(released).length - 1;
    const item = newItem();
    t = process.hrtime.bigint();
    const routed = engine.enqueue(item, now);
    const enqueueNs = Number(process.hrtime.bigint() - t);
    record(routed);
    if (!timed) continue;
    figures.release.push(releaseNs / 1000);
    figures.enqueue.push(enqueueNs / 1000);
    figures.steadyAssignments += drained;
    figures.steadyMs += releaseNs / 1e6;
  }
  now += 60_000;
  for (const a of agents) record(engine.setPresence(a.id, 'away', now));
  for (const id of [...held.ids]) record(engine.release(id, now));
  now += 60_000;
  for (const a of agents) {
    const t = process.hrtime.bigint();
    const filled = engine.setPresence(a.id, 'online', now);
    figures.shiftMs += Number(process.hrtime.bigint() - t) / 1e6;
    figures.shiftAssignments += record(filled).length;
  }
  return figures;
}

/** Held item ids with O(1) add, delete and random pick, so the harness costs nothing measurable. */
class HeldSet {
  readonly ids: string[] = [];
  private index = new Map<string, number>();

  add(id: string) {
    if (this.index.has(id)) return;
    this.index.set(id, this.ids.length);
    this.ids.push(id);
  }

  delete(id: string) {
    const i = this.index.get(id);
    if (i === undefined) return;
    const last = this.ids.pop()!;
    this.index.delete(id);
    if (last === id) return;
    this.ids[i] = last;
    this.index.set(last, i);
  }

  random(rand: () => number): string {
    return this.ids[Math.floor(rand() * this.ids.length)]!;
  }
}
