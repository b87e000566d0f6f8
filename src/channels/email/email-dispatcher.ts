import type { Logger } from 'pino';
import { createPeriodicJob } from '../../core/periodic-job.js';
import type { Db } from '../../db/db.js';
import {
  claimDueEmails,
  recordEmailAttempt,
  type OutboxEmailRow,
} from '../../db/queries/email-outbox.js';
import type { Mailer } from './mailer.js';
import { renderEmail } from './survey-emails.js';

/** Waits before attempts 2, 3, …; after the last, an email is marked failed. */
export const EMAIL_RETRY_DELAYS_MS = [60_000, 300_000, 1_800_000, 7_200_000, 21_600_000];
const LEASE_MS = 120_000;

export interface EmailDispatcherOptions {
  db: Db;
  log: Logger;
  mailer: Mailer;
  /** Where links in emails point: PUBLIC_URL, else the server's own address. */
  baseUrl: string;
  /** The address mail is sent from (MAIL_FROM); the display name is always a person's. */
  mailFrom: string;
  now?: () => Date;
  pollMs?: number;
}

/**
 * Sends what core queued in `email_outbox`, after the change that queued it committed: renders
 * each row's template, sends it over SMTP and records the attempt; a failure is retried with
 * backoff. Several nodes share the work (rows are leased with skip locked).
 */
export function createEmailDispatcher(options: EmailDispatcherOptions) {
  const now = options.now ?? (() => new Date());

  async function deliver(e: OutboxEmailRow) {
    let error: string | null = null;
    try {
      const mail = renderEmail(e.template, e.data, {
        to: e.to_address,
        baseUrl: options.baseUrl,
        mailFrom: options.mailFrom,
      });
      if (!mail) error = `unknown template ${e.template}`;
      else await options.mailer.send(mail);
    } catch (err) {
      error = (err as Error).message.slice(0, 300);
    }
    const delay = error?.startsWith('unknown template')
      ? undefined
      : EMAIL_RETRY_DELAYS_MS[e.attempts];
    const status = error === null ? 'sent' : delay === undefined ? 'failed' : 'pending';
    await recordEmailAttempt(options.db, {
      id: e.id,
      status,
      error,
      nextAttemptAt: new Date(now().getTime() + (delay ?? 0)),
      now: now(),
    });
    if (error) options.log.warn({ email: e.id, template: e.template, error }, 'email not sent');
  }

  /** Sends everything due now; resolves to how many were attempted. */
  const job = createPeriodicJob(
    async () => {
      const due = await claimDueEmails(options.db, now(), 20, LEASE_MS);
      for (const e of due) await deliver(e);
      return due.length;
    },
    {
      everyMs: options.pollMs ?? 1000,
      onError: (err) => options.log.error({ err }, 'email poll failed'),
    },
  );

  return {
    runOnce: job.tick,
    start: job.start,
    async stop() {
      await job.stop();
      options.mailer.close();
    },
  };
}
