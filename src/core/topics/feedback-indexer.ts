import type { Logger } from 'pino';
import type { SourceName } from '../../db/queries/feedback-sources.js';
import type { ConversationDeps } from '../conversations/realtime-deps.js';
import { notifyPendingImprovements } from '../improvements/notify-raisers.js';
import { createPeriodicJob } from '../periodic-job.js';
import { indexFeedback } from './index-feedback.js';

export interface FeedbackIndexerOptions {
  log: Logger;
  /** How often to look for new texts (default 2 s). */
  everyMs?: number;
  /** Most texts per transaction (default 50). */
  batch?: number;
  /**
   * How long one transaction should hold the database: the batch shrinks until it fits.
   * Default 5 ms on PGlite, where every query waits its turn behind it, so a chat message never
   * waits longer; no limit on PostgreSQL, which works on its own cores.
   */
  sliceMs?: number;
  /**
   * After each batch, rest this many times as long as the batch took (default 3: the indexer
   * uses at most a quarter of the database while it works off a backlog). On the embedded
   * database every query waits its turn behind a batch, so without the rest a backlog of chat
   * messages would stall live chat for as long as it lasts.
   */
  restFactor?: number;
  /**
   * Each batch waits at most this long for a pause in the chat. Default 10 s on PGlite, where
   * a batch (about 10 ms however small) holds every chat write that arrives meanwhile, so a
   * steady stream of messages should not meet one every second; 1 s on PostgreSQL.
   */
  waitForPauseMs?: number;
}

const SOURCES: SourceName[] = ['message', 'response', 'case'];
/** Batches per source per tick, so a backlog is worked off without starving the rest. */
const MAX_BATCHES = 20;
const MIN_BATCH = 5;

/**
 * The background job that keeps the text index current, off the chat's hot path: every
 * `everyMs` it analyses the messages, survey comments, reviews and complaints committed since
 * its last look (see indexFeedback), then tells the raisers of shipped improvements who have
 * not been told yet. Ticks never overlap on a node; across nodes a lock takes turns.
 */
export function createFeedbackIndexer(deps: ConversationDeps, options: FeedbackIndexerOptions) {
  const most = options.batch ?? 50;
  const sliceMs = options.sliceMs ?? (deps.db.kind === 'pglite' ? 5 : Infinity);
  const restFactor = options.restFactor ?? 3;
  const waitForPauseMs = options.waitForPauseMs ?? (deps.db.kind === 'pglite' ? 10_000 : 1_000);
  // With a slice to keep, start small and grow step by step: one large first batch (a pass
  // after a quiet start-up) would hold PGlite for tens of milliseconds mid-chat.
  let size = sliceMs === Infinity ? most : Math.min(most, MIN_BATCH);

  async function once(): Promise<number> {
    let read = 0;
    for (const source of SOURCES) {
      let after: number | undefined;
      for (let i = 0; i < MAX_BATCHES; i++) {
        // Live chat first.
        await deps.writer.whenIdle(waitForPauseMs);
        const started = performance.now();
        const asked = size;
        const batch = await indexFeedback(
          deps,
          source,
          asked,
          after === undefined ? {} : { after },
        );
        const took = performance.now() - started;
        options.log.debug({ source, asked, read: batch.read, tookMs: took }, 'feedback batch');
        read += batch.read;
        if (batch.read < asked) break;
        after = batch.last ?? undefined;
        const fits = Math.floor((asked * sliceMs) / Math.max(took, 0.1));
        size = Math.max(MIN_BATCH, Math.min(most, asked * 2, fits));
        await rest(took * restFactor);
      }
    }
    await notifyPendingImprovements(deps);
    return read;
  }

  // Resolves to how many texts a pass read.
  return createPeriodicJob(once, {
    everyMs: options.everyMs ?? 2_000,
    onError: (err) => options.log.error({ err }, 'feedback indexing failed'),
  });
}

export type FeedbackIndexer = ReturnType<typeof createFeedbackIndexer>;

const rest = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());
