/**
 * A background job run every `everyMs` (outboxes, the ladder clock, the callback sweeper, the
 * feedback indexer): runs never overlap on a node — `tick()` during a run returns that run —,
 * a failed run is reported and the next one tries again, and `stop()` waits for the run under way.
 */
export function createPeriodicJob<T>(
  run: () => Promise<T>,
  options: { everyMs: number; onError: (err: unknown) => void },
) {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<T> | undefined;

  /** One run now, or the one already under way. */
  function tick(): Promise<T> {
    running ??= run().finally(() => (running = undefined));
    return running;
  }

  return {
    tick,
    start() {
      timer = setInterval(() => void tick().catch(options.onError), options.everyMs);
      timer.unref();
    },
    async stop() {
      clearInterval(timer);
      await running?.catch(() => {});
    },
  };
}
