// Bench runs leave temp data directories, PostgreSQL schemas and child processes behind unless
// every exit path undoes them, including Ctrl-C halfway through a 1M-row load.

type Task = () => Promise<void> | void;
const pending = new Set<() => Promise<void>>();
let interrupted = false;

/** True once a signal started the cleanup; failures after that are its expected echo. */
export function isInterrupted(): boolean {
  return interrupted;
}

/**
 * Registers an undo step and returns a function that runs it now. The step runs at most once;
 * every caller (the scenario's finally, or the signal handler) awaits that same run.
 */
export function defer(task: Task): () => Promise<void> {
  let running: Promise<void> | undefined;
  const once = () => {
    pending.delete(once);
    running ??= Promise.resolve().then(task);
    return running;
  };
  pending.add(once);
  return once;
}

/**
 * Runs every pending undo step, newest first; a failing step does not stop the others. With a
 * time limit, a step that hangs (closing a database mid-query) is left so later steps still run.
 */
export async function cleanupAll(limitMs?: number): Promise<void> {
  for (const once of [...pending].reverse()) {
    const step = once().catch((error: unknown) => {
      process.stderr.write(`bench: cleanup failed: ${String(error)}\n`);
    });
    await (limitMs === undefined ? step : Promise.race([step, sleep(limitMs)]));
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    interrupted = true;
    process.stderr.write(`\nbench: ${signal}, cleaning up…\n`);
    void cleanupAll(5_000).finally(() => process.exit(130));
  });
}
