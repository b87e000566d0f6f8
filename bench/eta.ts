import {
  measureEta,
  staffingAt,
  type EtaError,
  type WaitPredictor,
} from '../src/core/queue/eta-error.js';
import { ETA_SCENARIOS } from '../src/core/queue/eta-scenarios.js';
import { simulateQueue } from '../src/core/queue/simulate-queue.js';
import { estimateWait } from '../src/core/queue/wait-model.js';
import { result, type Result, type ScenarioReport } from './report.js';

const SCENARIO = 'eta';

const promise: WaitPredictor = (o) => estimateWait(o.position, staffingAt(o))?.promise ?? null;
const likely: WaitPredictor = (o) => estimateWait(o.position, staffingAt(o))?.likely ?? null;

/**
 * The model as it was before it was measured, kept here as the baseline: the median of recent
 * handle times, and the line moving one place per `median / slots` minutes, rounded up.
 */
const previous: WaitPredictor = (o) => {
  if (o.agentsOnline <= 0) return null;
  const usable = o.handleMinutes.filter((m) => m > 0).sort((a, b) => a - b);
  const handle = usable.length < 5 ? 8 : Math.max(1, middle(usable));
  const slots = o.agentsOnline * o.capacity;
  const free = Math.max(0, slots - o.activeLoad);
  if (o.position <= free) return 1;
  return Math.max(1, Math.ceil(((o.position - free) / slots) * handle));
};

function middle(sorted: number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The wait model against simulated traffic (src/core/queue/simulate-queue.ts): for every
 * customer who had to wait, the minutes promised when they joined the line against the minutes
 * they really waited, in each scenario of eta-scenarios.ts.
 */
export async function runEta(progress: (line: string) => void): Promise<ScenarioReport> {
  const results: Result[] = [];
  const notes: string[] = [];
  for (const scenario of ETA_SCENARIOS) {
    progress(`simulating ${scenario.days} days, ${scenario.name}`);
    const run = simulateQueue(scenario);
    const now = measureEta(run.observations, promise);
    const before = measureEta(run.observations, previous);
    const best = measureEta(run.observations, likely);
    const row = (metric: string, unit: string, value: number, baseline: number, goal?: string) =>
      result(SCENARIO, `${scenario.name}: ${metric}`, unit, value, baseline, goal ?? null);
    const both = (metric: string, unit: string, pick: (e: EtaError) => number, goal?: string) =>
      row(metric, unit, pick(now), pick(before), goal);
    results.push(
      both('late rate', '%', (e) => e.lateRate * 100, '<= 30 %'),
      both('mean abs error', 'min', (e) => e.meanAbsMinutes),
      both('median abs error', 'min', (e) => e.medianAbsMinutes),
      both('p90 abs error', 'min', (e) => e.p90AbsMinutes),
      both('bias (promised − actual)', 'min', (e) => e.biasMinutes),
      both('minutes late, when late', 'min', (e) => e.meanLateMinutes),
      row('likely wait, late rate', '%', best.lateRate * 100, before.lateRate * 100),
      row('likely wait, mean abs error', 'min', best.meanAbsMinutes, before.meanAbsMinutes),
    );
    const waited = run.observations.length;
    const share = ((100 * waited) / run.arrivals).toFixed(1);
    const meanWait = now.meanActualMinutes.toFixed(1);
    notes.push(
      `${scenario.name}: ${run.arrivals} customers over ${scenario.days} days, ` +
        `${waited} had to wait (${share}%), mean wait of those ${meanWait} min.`,
    );
  }
  notes.push(
    'Only customers who had to wait are scored (the others never see an estimate). ' +
      '"likely wait" rows: the model\'s point estimate (no margin) against the same baseline.',
  );
  return {
    scenario: SCENARIO,
    legend:
      'value = the promise (estimateWaitMinutes), ' +
      'baseline = the previous model (median handle time, no margin)',
    results,
    notes,
  };
}
