import type { Logger } from 'pino';
import type { ConversationDeps } from '../conversations/realtime-deps.js';
import { createPeriodicJob } from '../periodic-job.js';
import { sweepCallbacks } from './sweep-callbacks.js';

/**
 * Runs the callback clock in the background: every `everyMs` (default 15 s) one sweep sends the
 * reminders owed and turns due callbacks into tasks. Sweeps never overlap on a node.
 */
export function createCallbackSweeper(
  deps: ConversationDeps,
  options: { log: Pick<Logger, 'error'>; everyMs?: number },
) {
  return createPeriodicJob(() => sweepCallbacks(deps), {
    everyMs: options.everyMs ?? 15_000,
    onError: (err) => options.log.error({ err }, 'callback sweep failed'),
  });
}

export type CallbackSweeper = ReturnType<typeof createCallbackSweeper>;
