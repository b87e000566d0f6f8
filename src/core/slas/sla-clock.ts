import type { Logger } from 'pino';
import type { ConversationDeps } from '../conversations/realtime-deps.js';
import { createPeriodicJob } from '../periodic-job.js';
import { sweepSlas, type SlaAlert } from './sweep-slas.js';

export interface SlaClockOptions {
  log: Logger;
  /** How often to look for clocks close to or past due (default 15 s). */
  everyMs?: number;
  /** A warning or breach this node recorded (each is reported by exactly one node). */
  onAlert?: (alert: SlaAlert) => void;
}

/**
 * Watches SLA due times in the background. Targets are minutes long, so a sweep every 15 s
 * warns and records breaches well within a minute of the moment.
 */
export function createSlaClock(deps: ConversationDeps, options: SlaClockOptions) {
  const sweep = async () => {
    const alerts = await sweepSlas(deps);
    for (const alert of alerts) options.onAlert?.(alert);
    return alerts;
  };
  return createPeriodicJob(sweep, {
    everyMs: options.everyMs ?? 15_000,
    onError: (err) => options.log.error({ err }, 'SLA sweep failed'),
  });
}

export type SlaClock = ReturnType<typeof createSlaClock>;
