import type { Db } from '../../db/db.js';
import {
  findMessagesByClientIds,
  insertMessages,
  reserveSequences,
  type MessageRow,
  type NewMessage,
} from '../../db/queries/messages.js';
import { enqueueDeliveries } from '../../db/queries/webhooks.js';
import { AppError } from '../errors.js';
import { toWireMessage } from './wire.js';

export type MessageDraft = Omit<NewMessage, 'seq'>;

export interface StoredMessage {
  message: MessageRow;
  /** True when this client id was already stored: a resend, absorbed. */
  duplicate: boolean;
}

interface Pending {
  draft: MessageDraft;
  resolve: (stored: StoredMessage) => void;
  reject: (error: unknown) => void;
}

const key = (d: { conversation_id: string; client_id: string }) =>
  `${d.conversation_id}\u0000${d.client_id}`;

/**
 * Group commit: every send made in the same tick shares one transaction and one multi-row
 * INSERT. Each caller's promise resolves only after that transaction has committed, with the
 * stored row (and its conversation sequence) — so an ack is never sent for an unstored message.
 */
export function createMessageWriter(db: Db, options: { maxBatch?: number } = {}) {
  const maxBatch = options.maxBatch ?? 500;
  let queue: Pending[] = [];
  let scheduled = false;

  const flush = async () => {
    scheduled = false;
    const batch = queue.splice(0, maxBatch);
    if (queue.length) schedule();
    if (!batch.length) return;
    try {
      const results = await db.transaction((tx) =>
        writeBatch(
          tx,
          batch.map((p) => p.draft),
        ),
      );
      batch.forEach((p, i) => settle(p, results[i]!));
    } catch (error) {
      for (const p of batch) p.reject(error);
    }
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
        queue.push({ draft, resolve, reject });
        schedule();
      });
    },
    /** Sends still waiting for their batch. */
    get pending() {
      return queue.length;
    },
    /** Resolves once everything queued so far has been written (used at shutdown). */
    async drain() {
      while (queue.length || scheduled) await new Promise((r) => setImmediate(r));
      queue = [];
    },
  };
}

export type MessageWriter = ReturnType<typeof createMessageWriter>;

function settle(p: Pending, result: StoredMessage | AppError) {
  if (result instanceof AppError) p.reject(result);
  else p.resolve(result);
}

async function writeBatch(tx: Db, drafts: MessageDraft[]): Promise<(StoredMessage | AppError)[]> {
  const existing = new Map(
    (await findMessagesByClientIds(tx, drafts)).map((m) => [key(m), m] as const),
  );
  // First occurrence of each new client id gets stored; later ones in the batch are resends.
  const fresh = new Map<string, MessageDraft>();
  for (const d of drafts) if (!existing.has(key(d)) && !fresh.has(key(d))) fresh.set(key(d), d);

  const counts = new Map<
    string,
    { workspace_id: string; conversation_id: string; count: number }
  >();
  for (const d of fresh.values()) {
    const c = counts.get(d.conversation_id) ?? {
      workspace_id: d.workspace_id,
      conversation_id: d.conversation_id,
      count: 0,
    };
    c.count += 1;
    counts.set(d.conversation_id, c);
  }
  const lastSeq = await reserveSequences(tx, [...counts.values()]);
  const nextSeq = new Map<string, number>();
  for (const [id, last] of lastSeq) nextSeq.set(id, last - counts.get(id)!.count + 1);

  const rows: NewMessage[] = [];
  for (const d of fresh.values()) {
    const seq = nextSeq.get(d.conversation_id);
    if (seq === undefined) continue;
    nextSeq.set(d.conversation_id, seq + 1);
    rows.push({ ...d, seq });
  }
  const storedNow = new Set<string>();
  const inserted = await insertMessages(tx, rows);
  for (const m of inserted) {
    existing.set(key(m), m);
    storedNow.add(key(m));
  }
  // Same transaction: a webhook is queued exactly when its message is committed.
  await enqueueDeliveries(
    tx,
    inserted.map((m) => ({
      workspace_id: m.workspace_id,
      event: 'message.created',
      payload: { message: toWireMessage(m) },
    })),
  );
  return drafts.map((d) => {
    const message = existing.get(key(d));
    if (!message) return new AppError('not_found', 'Conversation not found.');
    // Only the draft chosen as "fresh" and actually inserted now is new; all else is a resend.
    return { message, duplicate: !(storedNow.has(key(d)) && fresh.get(key(d)) === d) };
  });
}
