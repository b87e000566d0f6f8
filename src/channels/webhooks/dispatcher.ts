import type { Logger } from 'pino';
import { createPeriodicJob } from '../../core/periodic-job.js';
import type { Db } from '../../db/db.js';
import { claimDue, recordAttempt, type DeliveryRow } from '../../db/queries/webhooks.js';
import { SIGNATURE_HEADER } from '../../shared/webhooks.js';
import { signWebhook } from './sign.js';

/** Waits before attempts 2, 3, …; after the last, a delivery is marked failed. */
export const RETRY_DELAYS_MS = [10_000, 60_000, 300_000, 1_800_000, 7_200_000, 21_600_000];
const TIMEOUT_MS = 10_000;
const LEASE_MS = 60_000;

export interface DispatcherOptions {
  db: Db;
  log: Logger;
  now?: () => Date;
  fetch?: typeof fetch;
  pollMs?: number;
}

/**
 * Sends queued webhook deliveries: signed POSTs, a 2xx within 10 s counts as delivered, anything
 * else is retried with backoff. Runs outside any transaction, so network waits never hold the DB.
 */
export function createWebhookDispatcher(options: DispatcherOptions) {
  const now = options.now ?? (() => new Date());
  const send = options.fetch ?? fetch;

  async function deliver(d: DeliveryRow & { url: string; secret: string }) {
    const body = JSON.stringify({
      id: d.id,
      event: d.event,
      createdAt: d.created_at,
      data: d.payload,
    });
    const signature = signWebhook(d.secret, body, Math.floor(now().getTime() / 1000));
    let httpStatus: number | null = null;
    let error: string | null = null;
    try {
      const res = await send(d.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [SIGNATURE_HEADER]: signature,
          'user-agent': 'Parley-Webhooks/1',
        },
        body,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      httpStatus = res.status;
      if (!res.ok) error = `HTTP ${res.status}`;
    } catch (e) {
      error = (e as Error).message.slice(0, 300);
    }
    const ok = error === null;
    const delay = RETRY_DELAYS_MS[d.attempts];
    const status = ok ? 'delivered' : delay === undefined ? 'failed' : 'pending';
    const next = new Date(now().getTime() + (delay ?? 0));
    await recordAttempt(options.db, {
      id: d.id,
      status,
      httpStatus,
      error,
      nextAttemptAt: next,
      now: now(),
    });
    if (!ok) options.log.warn({ delivery: d.id, event: d.event, error }, 'webhook delivery failed');
  }

  /** Sends everything due now; resolves to how many were attempted. */
  const job = createPeriodicJob(
    async () => {
      const due = await claimDue(options.db, now(), 50, LEASE_MS);
      await Promise.all(due.map(deliver));
      return due.length;
    },
    {
      everyMs: options.pollMs ?? 1000,
      onError: (err) => options.log.error({ err }, 'webhook poll failed'),
    },
  );

  return {
    runOnce: job.tick,
    start: job.start,
    stop: job.stop,
  };
}
