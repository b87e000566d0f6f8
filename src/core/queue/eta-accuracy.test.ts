import { describe, expect, it } from 'vitest';
import { measureEta, staffingAt, type WaitPredictor } from './eta-error.js';
import { ETA_SCENARIOS } from './eta-scenarios.js';
import { simulateQueue, type EtaObservation } from './simulate-queue.js';
import { estimateWait } from './wait-model.js';

const promise: WaitPredictor = (o) => estimateWait(o.position, staffingAt(o))?.promise ?? null;
const likely: WaitPredictor = (o) => estimateWait(o.position, staffingAt(o))?.likely ?? null;

interface Limits {
  /** Most customers (share) who may wait longer than promised. */
  late: number;
  meanAbs: number;
  p90Abs: number;
  /** The promise should run long, never short, on average — by at most this many minutes. */
  maxBias: number;
  /** The likely wait should be centred: |mean(likely − actual)| at most this. */
  likelyBias: number;
}

/**
 * Limits per scenario, set from measurements over eleven seeds (each scenario's own and
 * 100–109, 20 simulated days each), with room so that chance alone does not fail the test while
 * a real regression — the promise running short, or a much wider error — does:
 *
 * | scenario          | late     | MAE min  | p90 min   | bias min  | likely bias |
 * |-------------------|----------|----------|-----------|-----------|-------------|
 * | light, small team | 19–28%   | 3.2–4.2  | 5.9–8.4   | +1.3–+2.7 | −2.1–−0.5   |
 * | near saturation   | 14–22%   | 2.2–3.4  | 4.3–7.2   | +1.8–+2.7 | −0.4–+0.2   |
 * | overload          | 14–19%   | 4.6–6.4  | 9.6–16.3  | +4.1–+5.3 | +0.9–+1.4   |
 * | staffing change   | 15–20%   | 3.5–4.7  | 7.7–12.0  | +2.7–+4.0 | −0.3–+0.6   |
 */
const LIMITS: Record<string, Limits> = {
  'light, small team': { late: 0.32, meanAbs: 5, p90Abs: 10, maxBias: 4, likelyBias: 2.5 },
  'near saturation': { late: 0.25, meanAbs: 4, p90Abs: 9, maxBias: 4, likelyBias: 1 },
  overload: { late: 0.23, meanAbs: 7.5, p90Abs: 19, maxBias: 7, likelyBias: 2 },
  'staffing change': { late: 0.24, meanAbs: 5.5, p90Abs: 14, maxBias: 5, likelyBias: 1 },
};

/** The scenario's own seed plus two others. */
const seeds = (ownSeed: number) => [ownSeed, 101, 102];

describe('the wait model against simulated traffic', () => {
  it.each(ETA_SCENARIOS.map((s) => [s.name, s] as const))(
    '%s: the promise is kept about four times in five and its error stays bounded',
    (name, scenario) => {
      const limits = LIMITS[name]!;
      for (const seed of seeds(scenario.seed)) {
        const run = simulateQueue({ ...scenario, seed });
        const kept = measureEta(run.observations, promise);
        expect(kept.estimated).toBeGreaterThan(150);
        expect(kept.unestimated).toBe(0);
        expect(kept.lateRate).toBeLessThanOrEqual(limits.late);
        expect(kept.meanAbsMinutes).toBeLessThanOrEqual(limits.meanAbs);
        expect(kept.p90AbsMinutes).toBeLessThanOrEqual(limits.p90Abs);
        expect(kept.biasMinutes).toBeGreaterThan(0);
        expect(kept.biasMinutes).toBeLessThanOrEqual(limits.maxBias);
        const centre = measureEta(run.observations, likely);
        expect(Math.abs(centre.biasMinutes)).toBeLessThanOrEqual(limits.likelyBias);
        // Without the margin about half the promises would be late: the margin does the work.
        expect(centre.lateRate).toBeGreaterThan(kept.lateRate + 0.2);
      }
    },
  );

  it('scores a promise as late only when the customer waited longer than it', () => {
    const at = (actualWait: number): EtaObservation => ({
      at: 0,
      position: 1,
      agentsOnline: 1,
      activeLoad: 3,
      capacity: 3,
      handleMinutes: [],
      actualWait,
    });
    const e = measureEta([at(2), at(5), at(9), at(Number.NaN)], () => 5);
    expect(e).toMatchObject({ estimated: 3, unestimated: 1, lateRate: 1 / 3, meanLateMinutes: 4 });
    expect(e.meanAbsMinutes).toBeCloseTo(7 / 3, 10);
    expect(e.biasMinutes).toBeCloseTo(-1 / 3, 10);
    expect(e.medianAbsMinutes).toBe(3);
    expect(e.p90AbsMinutes).toBe(4);
  });
});
