import { describe, expect, it } from 'vitest';
import { ETA_SCENARIOS } from './eta-scenarios.js';
import { DAY_MINUTES, rateAt, simulateQueue, type QueueScenario } from './simulate-queue.js';

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const nearSaturation = ETA_SCENARIOS.find((s) => s.name === 'near saturation')!;

/** One agent on all day, one chat at a time, customers at a steady rate: textbook M/G/1. */
function singleServer(ratePerMinute: number, days: number, seed = 1): QueueScenario {
  return {
    name: 'M/G/1',
    seed,
    days,
    arrivals: [
      [0, ratePerMinute],
      [DAY_MINUTES, ratePerMinute],
    ],
    agents: [[[0, DAY_MINUTES]]],
    capacity: 1,
    work: { medianMinutes: 8, sigma: 0.5 },
    concurrencySlowdown: 0,
    handleSamples: 50,
  };
}

describe('the queue simulator', () => {
  it('replays the same traffic for the same seed and different traffic for another', () => {
    const short = { ...nearSaturation, days: 3 };
    const a = simulateQueue(short);
    const b = simulateQueue(short);
    const c = simulateQueue({ ...short, seed: short.seed + 1 });
    expect(a.observations.length).toBeGreaterThan(50);
    expect(b).toEqual(a);
    expect(c.waits).not.toEqual(a.waits);
  });

  it("obeys Little's law: people in line and in the system equal arrival rate times time spent", () => {
    const run = simulateQueue(nearSaturation);
    const rate = run.arrivals / run.endedAt;
    const wait = mean(run.waits);
    const handle = mean(run.handleMinutes);
    expect(run.waits.length).toBe(run.arrivals);
    expect(run.handleMinutes.length).toBe(run.arrivals);
    // The run starts and ends empty, so the time averages and the per-customer means must agree.
    expect(run.lineArea / run.endedAt / (rate * wait)).toBeCloseTo(1, 2);
    expect(run.systemArea / run.endedAt / (rate * (wait + handle))).toBeCloseTo(1, 2);
  });

  it('one agent taking one chat at a time waits as long as the Pollaczek–Khinchine formula says', () => {
    const rate = 0.066;
    const { medianMinutes: m, sigma } = singleServer(rate, 1).work;
    const service = m * Math.exp(sigma ** 2 / 2);
    const serviceSquared = m ** 2 * Math.exp(2 * sigma ** 2);
    const load = rate * service;
    const expectedWait = (rate * serviceSquared) / (2 * (1 - load));
    const run = simulateQueue(singleServer(rate, 200));
    const busy = run.handleMinutes.reduce((a, b) => a + b, 0) / run.endedAt;
    // 200 simulated days; across seeds the mean wait lands within 4% and the busy share within 1%.
    expect(busy).toBeCloseTo(load, 1);
    expect(Math.abs(busy - load)).toBeLessThan(0.02);
    expect(mean(run.waits) / expectedWait).toBeGreaterThan(0.9);
    expect(mean(run.waits) / expectedWait).toBeLessThan(1.1);
  });

  it('brings customers at the rate the day profile gives, hour by hour', () => {
    const run = simulateQueue(nearSaturation);
    const counted = new Array<number>(24).fill(0);
    for (const t of run.arrivedAt) counted[Math.floor((t % DAY_MINUTES) / 60)]! += 1;
    for (let hour = 0; hour < 24; hour++) {
      let expected = 0;
      for (let m = hour * 60; m < (hour + 1) * 60; m++) {
        expected += rateAt(nearSaturation.arrivals, m + 0.5) * nearSaturation.days;
      }
      // Busy hours see 600–1,200 customers over the run: a Poisson count within 12% of its mean.
      if (expected === 0) expect(counted[hour]).toBe(0);
      else expect(Math.abs(counted[hour]! - expected) / expected).toBeLessThan(0.12);
    }
    expect(rateAt(nearSaturation.arrivals, 11 * 60)).toBeCloseTo(0.9, 5);
  });

  it('serves the line first come, first served', () => {
    const run = simulateQueue({ ...nearSaturation, days: 5 });
    const taken = run.observations.map((o) => o.at + o.actualWait);
    expect(taken.length).toBeGreaterThan(100);
    expect(taken.every((t, i) => i === 0 || t >= taken[i - 1]!)).toBe(true);
    expect(run.observations.every((o) => o.actualWait > 0)).toBe(true);
  });

  it('makes chats last longer when agents hold several at once', () => {
    const alone = simulateQueue({ ...nearSaturation, days: 5, concurrencySlowdown: 0 });
    const shared = simulateQueue({ ...nearSaturation, days: 5 });
    // Same customers and same work; only the cost of juggling chats differs.
    expect(shared.arrivals).toBe(alone.arrivals);
    expect(mean(shared.handleMinutes)).toBeGreaterThan(1.2 * mean(alone.handleMinutes));
    expect(mean(shared.waits)).toBeGreaterThan(mean(alone.waits));
  });

  it('counts an agent as online only during their shift, and with nobody on, leaves people waiting', () => {
    const hour = 60;
    const run = simulateQueue({
      ...singleServer(0.2, 1),
      agents: [[[8 * hour, 16 * hour]], [[8 * hour, 12 * hour]]],
      arrivals: [
        [9 * hour, 0.2],
        [17 * hour, 0.2],
      ],
    });
    const at = (o: { at: number }) => o.at % DAY_MINUTES;
    const morning = run.observations.filter((o) => at(o) < 12 * hour);
    const afternoon = run.observations.filter((o) => at(o) >= 12 * hour && at(o) < 16 * hour);
    const evening = run.observations.filter((o) => at(o) >= 16 * hour);
    expect(morning.every((o) => o.agentsOnline === 2 && o.activeLoad === 2)).toBe(true);
    expect(afternoon.every((o) => o.agentsOnline === 1 && o.activeLoad === 1)).toBe(true);
    expect(evening.length).toBeGreaterThan(0);
    expect(evening.every((o) => o.agentsOnline === 0)).toBe(true);
    // Nobody is taken while nobody is on: evening customers wait for the next morning's shift.
    const taken = run.observations.map((o) => (o.at + o.actualWait) % DAY_MINUTES);
    expect(taken.every((t) => t >= 8 * hour && t <= 16 * hour)).toBe(true);
    expect(evening.every((o) => o.at + o.actualWait >= DAY_MINUTES + 8 * hour)).toBe(true);
  });
});
