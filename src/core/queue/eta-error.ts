import type { EtaObservation } from './simulate-queue.js';
import { observedHandleMinutes, type Staffing } from './wait-model.js';

/** How far a wait model's promises were from the waits customers really had. */
export interface EtaError {
  /** Customers who had to wait and were given a number. */
  estimated: number;
  /** Customers who had to wait while nobody was online, so got no number. */
  unestimated: number;
  meanActualMinutes: number;
  /** Mean of |promised − actual| minutes. */
  meanAbsMinutes: number;
  medianAbsMinutes: number;
  p90AbsMinutes: number;
  /** Mean of promised − actual: below zero, promises run short. */
  biasMinutes: number;
  /** Share (0–1) of customers who waited longer than promised. */
  lateRate: number;
  /** Mean minutes late, over the late ones only: how badly a broken promise is broken. */
  meanLateMinutes: number;
}

export type WaitPredictor = (o: EtaObservation) => number | null;

/** The model's inputs at a customer's moment, built as queue-status.ts builds them. */
export function staffingAt(o: EtaObservation): Staffing {
  return {
    agentsOnline: o.agentsOnline,
    activeLoad: o.activeLoad,
    capacity: o.capacity,
    handleMinutes: observedHandleMinutes(o.handleMinutes),
  };
}

/** Replays each waiting customer's moment through `predict` and compares with what happened. */
export function measureEta(
  observations: readonly EtaObservation[],
  predict: WaitPredictor,
): EtaError {
  const abs: number[] = [];
  let bias = 0;
  let actual = 0;
  let late = 0;
  let lateMinutes = 0;
  let unestimated = 0;
  for (const o of observations) {
    const promised = predict(o);
    if (promised === null || Number.isNaN(o.actualWait)) {
      unestimated += 1;
      continue;
    }
    const diff = promised - o.actualWait;
    abs.push(Math.abs(diff));
    bias += diff;
    actual += o.actualWait;
    if (diff < 0) {
      late += 1;
      lateMinutes -= diff;
    }
  }
  const n = abs.length;
  abs.sort((a, b) => a - b);
  return {
    estimated: n,
    unestimated,
    meanActualMinutes: n ? actual / n : 0,
    meanAbsMinutes: n ? abs.reduce((a, b) => a + b, 0) / n : 0,
    medianAbsMinutes: nearestRank(abs, 50),
    p90AbsMinutes: nearestRank(abs, 90),
    biasMinutes: n ? bias / n : 0,
    lateRate: n ? late / n : 0,
    meanLateMinutes: late ? lateMinutes / late : 0,
  };
}

/** The smallest sample at or above p% of the (sorted) samples; 0 for none. */
function nearestRank(sorted: readonly number[], p: number): number {
  if (!sorted.length) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}
