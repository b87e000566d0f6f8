import { EventHeap } from './event-heap.js';
import { createRandom, splitSeed } from './sim-random.js';

/**
 * A seeded discrete-event simulation of one team's chat queue, built to test the wait model
 * against traffic whose real waits we know. Time is in minutes from the first midnight.
 *
 * - Customers arrive as a Poisson process whose rate follows the day (`arrivals`).
 * - Agents work shifts. At the end of a shift an agent takes nothing new, finishes what they
 *   hold, and no longer counts as online — as an agent who sets themselves away would.
 * - Each chat needs a log-normal amount of work. An agent holds up to `capacity` chats and
 *   shares their attention among them, so each chat goes slower the more the agent holds
 *   (`concurrencySlowdown`); a handle time depends on the load during the whole chat.
 * - The line is first come, first served, and drains the moment a slot frees: the head goes
 *   to the least loaded agent with room, then the one who took a chat longest ago.
 *
 * Whenever a customer has to wait, it records what the server could know at that moment (the
 * model's inputs) and, once they are taken, how long they really waited.
 */
export interface QueueScenario {
  name: string;
  seed: number;
  days: number;
  /** Arrivals per minute at minutes of the day, straight lines in between, none outside. */
  arrivals: readonly (readonly [minuteOfDay: number, perMinute: number])[];
  /** Each agent's working hours, [start, end) in minutes of the day, every day. */
  agents: readonly (readonly (readonly [start: number, end: number])[])[];
  capacity: number;
  /** Minutes of attention a chat needs from an agent who holds nothing else. */
  work: { medianMinutes: number; sigma: number };
  /** How much slower each extra chat held makes all: 0.35 → three at once take 1.7× as long. */
  concurrencySlowdown: number;
  /** How many recent handle times the server reads (`recentHandleMinutes(…, 50)`). */
  handleSamples: number;
}

export interface EtaObservation {
  /** Minute the customer joined the line. */
  at: number;
  /** 1 is next. */
  position: number;
  agentsOnline: number;
  /** Chats the online agents hold. */
  activeLoad: number;
  capacity: number;
  /** Claim-to-resolve minutes of the most recent chats, newest first. */
  handleMinutes: number[];
  /** Minutes until an agent took them; NaN only if the run ended first. */
  actualWait: number;
}

export interface SimulationResult {
  observations: EtaObservation[];
  arrivals: number;
  /** Minute each customer arrived, in order. */
  arrivedAt: number[];
  /** Every customer's wait, including the zeros of those taken at once. */
  waits: number[];
  /** Every finished chat's claim-to-resolve minutes. */
  handleMinutes: number[];
  /** Minute the last chat ended. */
  endedAt: number;
  /** Time integrals of the line length and of everyone in the system (customer-minutes). */
  lineArea: number;
  systemArea: number;
}

export const DAY_MINUTES = 24 * 60;

type SimEvent =
  | { kind: 'arrive' }
  | { kind: 'done'; agent: number; version: number }
  | { kind: 'shift'; agent: number; on: boolean };

interface Chat {
  remaining: number;
  startedAt: number;
}

interface Agent {
  onShift: boolean;
  chats: Chat[];
  /** When `remaining` of its chats was last brought up to date. */
  updatedAt: number;
  /** Bumped on every change, so a completion scheduled before it is recognised as stale. */
  version: number;
  lastTook: number;
}

interface Waiting {
  at: number;
  work: number;
  observation: EtaObservation | undefined;
}

export function simulateQueue(s: QueueScenario): SimulationResult {
  const arrivalRng = createRandom(splitSeed(s.seed, 1));
  const workRng = createRandom(splitSeed(s.seed, 2));
  const heap = new EventHeap<SimEvent>();
  const agents: Agent[] = s.agents.map(() => ({
    onShift: false,
    chats: [],
    updatedAt: 0,
    version: 0,
    lastTook: -Infinity,
  }));
  const line: Waiting[] = [];
  const recent: number[] = [];
  const out: SimulationResult = {
    observations: [],
    arrivals: 0,
    arrivedAt: [],
    waits: [],
    handleMinutes: [],
    endedAt: 0,
    lineArea: 0,
    systemArea: 0,
  };
  const arrivalsEnd = s.days * DAY_MINUTES;
  const maxRate = Math.max(...s.arrivals.map(([, r]) => r));
  let now = 0;
  let inChat = 0;

  const pace = (held: number) => 1 / (1 + s.concurrencySlowdown * (held - 1));

  function progress(a: Agent) {
    const worked = (now - a.updatedAt) * pace(a.chats.length);
    for (const c of a.chats) c.remaining -= worked;
    a.updatedAt = now;
  }

  function reschedule(i: number) {
    const a = agents[i]!;
    a.version += 1;
    if (!a.chats.length) return;
    const soonest = Math.min(...a.chats.map((c) => c.remaining));
    heap.push(now + Math.max(0, soonest) / pace(a.chats.length), {
      kind: 'done',
      agent: i,
      version: a.version,
    });
  }

  function freeAgent(): number | undefined {
    let best: number | undefined;
    agents.forEach((a, i) => {
      if (!a.onShift || a.chats.length >= s.capacity) return;
      const b = best === undefined ? undefined : agents[best]!;
      if (!b || a.chats.length < b.chats.length) best = i;
      else if (a.chats.length === b.chats.length && a.lastTook < b.lastTook) best = i;
    });
    return best;
  }

  function drain() {
    for (let i = freeAgent(); i !== undefined && line.length; i = freeAgent()) {
      const w = line.shift()!;
      const a = agents[i]!;
      progress(a);
      a.chats.push({ remaining: w.work, startedAt: now });
      a.lastTook = now;
      inChat += 1;
      out.waits.push(now - w.at);
      if (w.observation) w.observation.actualWait = now - w.at;
      reschedule(i);
    }
  }

  function observe(position: number): EtaObservation {
    const online = agents.filter((a) => a.onShift);
    return {
      at: now,
      position,
      agentsOnline: online.length,
      activeLoad: online.reduce((n, a) => n + a.chats.length, 0),
      capacity: s.capacity,
      handleMinutes: recent.slice(),
      actualWait: Number.NaN,
    };
  }

  function scheduleArrival(from: number) {
    // Thinning: candidates at the day's highest rate, each kept with probability rate(t)/max.
    for (let t = from; ;) {
      t += arrivalRng.exponential(maxRate);
      if (t >= arrivalsEnd) return;
      if (arrivalRng.next() * maxRate < rateAt(s.arrivals, t % DAY_MINUTES)) {
        heap.push(t, { kind: 'arrive' });
        return;
      }
    }
  }

  function arrive() {
    out.arrivals += 1;
    out.arrivedAt.push(now);
    const w: Waiting = {
      at: now,
      work: workRng.logNormal(s.work.medianMinutes, s.work.sigma),
      observation: undefined,
    };
    if (freeAgent() === undefined) {
      w.observation = observe(line.length + 1);
      out.observations.push(w.observation);
    }
    line.push(w);
    drain();
    scheduleArrival(now);
  }

  function finish(i: number) {
    const a = agents[i]!;
    progress(a);
    // The chat with the least work left is the one due now; rounding may leave it at ±1e-12.
    let k = 0;
    for (let j = 1; j < a.chats.length; j++)
      if (a.chats[j]!.remaining < a.chats[k]!.remaining) k = j;
    const [chat] = a.chats.splice(k, 1);
    const minutes = now - chat!.startedAt;
    inChat -= 1;
    out.handleMinutes.push(minutes);
    recent.unshift(minutes);
    if (recent.length > s.handleSamples) recent.pop();
    reschedule(i);
    drain();
  }

  // One extra day of shifts serves anyone still waiting when the last day's arrivals stop.
  for (let d = 0; d <= s.days; d++) {
    s.agents.forEach((hours, agent) => {
      for (const [start, end] of hours) {
        heap.push(d * DAY_MINUTES + start, { kind: 'shift', agent, on: true });
        heap.push(d * DAY_MINUTES + end, { kind: 'shift', agent, on: false });
      }
    });
  }
  scheduleArrival(0);

  for (let next = heap.pop(); next; next = heap.pop()) {
    out.lineArea += line.length * (next.at - now);
    out.systemArea += (line.length + inChat) * (next.at - now);
    now = next.at;
    const e = next.event;
    if (e.kind === 'arrive') arrive();
    else if (e.kind === 'done' && e.version === agents[e.agent]!.version) finish(e.agent);
    else if (e.kind === 'shift') {
      agents[e.agent]!.onShift = e.on;
      if (e.on) drain();
    }
    if (now >= arrivalsEnd && !line.length && !inChat) break;
  }
  out.endedAt = now;
  return out;
}

/** The arrival rate at a minute of the day: straight lines between the given points. */
export function rateAt(points: QueueScenario['arrivals'], minute: number): number {
  for (let i = 1; i < points.length; i++) {
    const [m0, r0] = points[i - 1]!;
    const [m1, r1] = points[i]!;
    if (minute >= m0 && minute < m1) return r0 + ((r1 - r0) * (minute - m0)) / (m1 - m0);
  }
  return 0;
}
