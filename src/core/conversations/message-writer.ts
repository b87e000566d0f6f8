import type { Db } from '../../db/db.js';
import {
  findMessagesByClientIds,
  insertMessages,
  lockConversations,
  type MessageRow,
  type NewMessage,
} from '../../db/queries/messages.js';
import { enqueueDeliveries } from '../../db/queries/webhooks.js';
import { AppError } from '../errors.js';
import { toWireMessage } from './wire.js';

export type MessageDraft = Omit<NewMessage, 'seq'> & {
  /** When set, the conversation must belong to this contact (a customer writing). */
  contact_guard?: string;
};

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

  let flushing = false;

  // One batch in flight at a time: sends that arrive while it commits form the next batch.
  // Concurrent batches would only contend for the same conversation rows.
  const flush = async () => {
    scheduled = false;
    if (flushing) return;
    const batch = queue.splice(0, maxBatch);
    if (!batch.length) return;
    flushing = true;
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
    } finally {
      flushing = false;
      if (queue.length) schedule();
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
      while (queue.length || scheduled || flushing) await new Promise((r) => setImmediate(r));
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

  const owners = await lockConversations(tx, [...fresh.values()]);
  const next = new Map<string, number>();
  const rows: NewMessage[] = [];
  for (const d of fresh.values()) {
    const conversation = owners.get(d.conversation_id);
    if (!conversation) continue;
    if (d.contact_guard !== undefined && conversation.contact_id !== d.contact_guard) continue;
    const seq = (next.get(d.conversation_id) ?? conversation.last_seq) + 1;
    next.set(d.conversation_id, seq);
    const { contact_guard, ...row } = d;
    rows.push({ ...row, seq });
  }
  const storedNow = new Set<string>();
  const lastSeqs = [...next].map(([conversation_id, last_seq]) => ({ conversation_id, last_seq }));
  const inserted = await insertMessages(tx, rows, lastSeqs);
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
