import type { Logger } from 'pino';
import type { ConversationDeps } from '../conversations/realtime-deps.js';
import { sweepCallbacks } from './sweep-callbacks.js';

/**
 * Runs the callback clock in the background: every `everyMs` (default 15 s) one sweep sends the
 * reminders owed and turns due callbacks into tasks. Sweeps never overlap on a node.
 */
export function createCallbackSweeper(
  deps: ConversationDeps,
  options: { log: Pick<Logger, 'error'>; everyMs?: number },
) {
  let timer: NodeJS.Timeout | undefined;
  let running: ReturnType<typeof sweepCallbacks> | undefined;

  /** One sweep now (or the one under way). */
  function tick() {
    running ??= sweepCallbacks(deps).finally(() => (running = undefined));
    return running;
  }

  return {
    tick,
    start() {
      timer = setInterval(
        () =>
          void tick().catch((err: unknown) => options.log.error({ err }, 'callback sweep failed')),
        options.everyMs ?? 15_000,
      );
      timer.unref();
    },
    async stop() {
      clearInterval(timer);
      await running?.catch(() => {});
    },
  };
}

export type CallbackSweeper = ReturnType<typeof createCallbackSweeper>;
