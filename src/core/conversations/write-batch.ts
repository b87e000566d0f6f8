import type { Db } from '../../db/db.js';
import { storeMessageBatch } from '../../db/queries/message-batch.js';
import type { MessageRow, NewMessage } from '../../db/queries/messages.js';
import { AppError } from '../errors.js';
import type { MessageDraft, StoredMessage } from './message-writer.js';

/** A send waiting for its batch. */
export interface Pending {
  draft: MessageDraft;
  resolve: (stored: StoredMessage) => void;
  reject: (error: unknown) => void;
}

// The database hands uuids back in lower case; a client may have sent upper case.
const key = (d: { conversation_id: string; client_id: string }) =>
  `${d.conversation_id.toLowerCase()}\u0000${d.client_id}`;
// Who is asking, so a resend in the same batch only shares an answer with the same sender.
const sender = (d: MessageDraft) => `${d.workspace_id}\u0000${d.contact_guard ?? ''}`;

/** A committed batch: who to tell what, and who goes again. */
export interface WrittenBatch {
  /**
   * The sends to try again in the next batch: a conversation another node wrote to meanwhile,
   * or a client id already in this batch from a different sender (it needs its own access
   * check). In the order they were taken: send order.
   */
  later: Pending[];
  /** Resolves or rejects every other caller of the batch. */
  settle(): void;
}

/** Stores one batch; its callers are told when the caller of this says so (`settle`). */
export async function writeBatch(db: Db, taken: Pending[]): Promise<WrittenBatch> {
  const firsts: Pending[] = [];
  const byKey = new Map<string, Pending>();
  const echoes: [Pending, Pending][] = [];
  const retry = new Set<Pending>();
  for (const p of taken) {
    const first = byKey.get(key(p.draft));
    if (!first) {
      byKey.set(key(p.draft), p);
      firsts.push(p);
    } else if (sender(first.draft) === sender(p.draft)) echoes.push([p, first]);
    else retry.add(p);
  }
  const results = new Map<Pending, StoredMessage>();
  const outcome = await storeMessageBatch(
    db,
    firsts.map((p) => p.draft),
  );
  for (const made of outcome.stored) {
    const p = byKey.get(key(made))!;
    results.set(p, { message: messageRow(p.draft, made), duplicate: false });
  }
  for (const { i, message } of outcome.duplicates)
    results.set(firsts[i]!, { message, duplicate: true });
  for (const i of outcome.retry) retry.add(firsts[i]!);
  for (const [p, first] of echoes) if (retry.has(first)) retry.add(p);
  return {
    later: retry.size ? taken.filter((p) => retry.has(p)) : [],
    settle() {
      for (const p of firsts) {
        const stored = results.get(p);
        if (stored) p.resolve(stored);
        else if (!retry.has(p)) p.reject(refused());
      }
      for (const [p, first] of echoes) {
        const stored = results.get(first);
        if (stored) p.resolve({ message: stored.message, duplicate: true });
        else if (!retry.has(p)) p.reject(refused());
      }
    },
  };
}

// PostgreSQL text holds neither NUL nor half a surrogate pair (JSON can carry both): such a
// character is stored as U+FFFD, so one odd message cannot fail the batch it shares with others.
const UNSTORABLE = /\0|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The draft as it can be stored. */
export function storable(draft: MessageDraft): MessageDraft {
  const body = draft.body.replace(UNSTORABLE, '\ufffd');
  const clientId = draft.client_id.replace(UNSTORABLE, '\ufffd');
  if (body === draft.body && clientId === draft.client_id) return draft;
  return { ...draft, body, client_id: clientId };
}

const refused = () => new AppError('not_found', 'Conversation not found.');

/** The stored row: what was sent, plus what the database made and how it spells the ids. */
function messageRow(
  sent: Omit<NewMessage, 'seq'>,
  made: Pick<MessageRow, 'id' | 'conversation_id' | 'client_id' | 'seq' | 'created_at'>,
): MessageRow {
  return {
    id: made.id,
    workspace_id: sent.workspace_id,
    conversation_id: made.conversation_id,
    seq: made.seq,
    client_id: made.client_id,
    author_type: sent.author_type,
    author_id: sent.author_id,
    private: sent.private,
    body: sent.body,
    created_at: made.created_at,
  };
}
