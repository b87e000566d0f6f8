import type { Db } from '../../db/db.js';
import type { MessageRow, NewMessage } from '../../db/queries/messages.js';
import { storable, writeBatch, type Pending, type WrittenBatch } from './write-batch.js';

export type MessageDraft = Omit<NewMessage, 'seq'> & {
  /** When set, the conversation must belong to this contact (a customer writing). */
  contact_guard?: string;
};

export interface StoredMessage {
  message: MessageRow;
  /** True when this client id was already stored: a resend, absorbed. */
  duplicate: boolean;
}

/**
 * Group commit: the sends that arrive while a batch is being stored form the next batch, and a
 * batch is one SQL statement (its own transaction: messages, sequences, webhooks). Each caller's
 * promise resolves only after that statement has committed, with the stored row and its
 * conversation sequence — so an ack is never sent for an unstored message.
 *
 * One batch at a time keeps each conversation's sequence in send order without depending on
 * which of two in-flight statements takes its lock first. (Two at a time on disjoint
 * conversations gained nothing measurable on the two-core bench machine.)
 *
 * On PostgreSQL the next batch is handed over as soon as one commits, before its senders are
 * acked and its messages delivered: the database works on its own cores while this thread does
 * that. PGlite runs in this thread, so there the next batch would only hold up the acks.
 */
export function createMessageWriter(
  db: Db,
  options: { maxBatch?: number; overlap?: boolean; quietMs?: number } = {},
) {
  // A connection of its own on PostgreSQL: a chat write never waits for the pool.
  const store = db.dedicated();
  const maxBatch = options.maxBatch ?? 500;
  const overlap = options.overlap ?? db.kind === 'postgres';
  // PGlite answers one query at a time in this thread: background work that starts between two
  // messages of a lively chat makes the second wait, so there it waits for a pause instead.
  const quietMs = options.quietMs ?? (db.kind === 'pglite' ? 50 : 0);
  let lastDone = -Infinity;
  let queue: Pending[] = [];
  let scheduled = false;
  let flushing = false;
  const idleWaiters = new Set<() => void>();
  const busy = () => queue.length > 0 || scheduled || flushing;

  const flush = async () => {
    scheduled = false;
    if (flushing || !queue.length) return;
    flushing = true;
    const taken = queue.splice(0, maxBatch);
    let written: WrittenBatch | undefined;
    try {
      written = await writeBatch(store, taken);
      // Sends put off to the next batch go first, ahead of anything newer, keeping send order.
      if (written.later.length) queue = written.later.concat(queue);
    } catch (error) {
      for (const p of taken) p.reject(error);
    } finally {
      flushing = false;
    }
    if (overlap && queue.length) void flush();
    written?.settle();
    lastDone = performance.now();
    if (queue.length) schedule();
    else if (!busy()) for (const wake of [...idleWaiters]) wake();
  };

  function schedule() {
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => void flush());
  }

  return {
    /** Stores one message (idempotent on conversation + client id); resolves after commit. */
    write(draft: MessageDraft): Promise<StoredMessage> {
      return new Promise((resolve, reject) => {
        queue.push({ draft: storable(draft), resolve, reject });
        schedule();
      });
    },
    /** Sends still waiting for their batch. */
    get pending() {
      return queue.length;
    },
    /**
     * Resolves when nothing is waiting or being written (on PGlite: nor has been for
     * `quietMs`), or after `atMostMs`: background work waits for this, so live chat goes first,
     * and a flood of messages delays that work but never stops it.
     */
    whenIdle(atMostMs = 1_000): Promise<void> {
      if (!busy() && performance.now() - lastDone >= quietMs) return Promise.resolve();
      return new Promise((resolve) => {
        let pause: NodeJS.Timeout | undefined;
        const finish = () => {
          clearTimeout(pause);
          clearTimeout(giveUp);
          idleWaiters.delete(check);
          resolve();
        };
        const check = () => {
          idleWaiters.delete(check);
          clearTimeout(pause);
          if (busy()) return void idleWaiters.add(check);
          const left = lastDone + quietMs - performance.now();
          if (left <= 0) return finish();
          pause = setTimeout(check, left);
          pause.unref();
        };
        const giveUp = setTimeout(finish, atMostMs);
        giveUp.unref();
        check();
      });
    },
    /** Resolves once everything queued so far has been written (used at shutdown). */
    async drain() {
      while (queue.length || scheduled || flushing) await new Promise((r) => setImmediate(r));
    },
  };
}

export type MessageWriter = ReturnType<typeof createMessageWriter>;
