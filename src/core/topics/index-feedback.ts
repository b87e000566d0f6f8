import type { Db } from '../../db/db.js';
import {
  readCursor,
  readNewCases,
  readNewMessages,
  readNewResponses,
  saveCursor,
  settledMessageId,
  tryIndexLock,
  type Cursor,
  type SourceName,
  type SourceText,
} from '../../db/queries/feedback-sources.js';
import {
  deleteResponseTexts,
  insertTexts,
  textIdsWithPhrases,
} from '../../db/queries/feedback-texts.js';
import { countPhrases } from '../../db/queries/topic-phrases.js';
import type { CoreDeps } from '../deps.js';
import { routeFeedback } from '../feedback-routing/route-feedback.js';
import { analyzeText, type AnalysedText } from './analyze-text.js';
import { groupPhrases } from './group-phrases.js';
import { reassignTexts } from './reassign-texts.js';

/** A message younger than this may still have a transaction open below it (see cursors). */
export const SETTLE_SECONDS = 10;
/** Answers and complaints are read again this far back, for transactions that commit late. */
const LATE_COMMIT_MS = 10 * 60_000;

/**
 * Analyses one batch of new texts from one source, all in one transaction: sentiment, key
 * phrases, phrase counts, the grouping of phrases that became frequent, the topics of the new
 * texts (and of older texts whose phrases just got a topic), and feedback routing. Only one
 * node does this at a time (an advisory lock); another simply finds nothing to do. Returns how
 * many texts it read (0 too when another node holds the lock) and, for messages, the highest id
 * read.
 *
 * Messages are read from the saved cursor, which stays `SETTLE_SECONDS` behind, so a busy
 * minute would be read past again and again. `after` (the `last` of the batch before, in the
 * same pass) starts the read there instead and leaves the cursor for the pass's first batch to
 * move.
 */
export async function indexFeedback(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  source: SourceName,
  limit: number,
  options: { after?: number } = {},
): Promise<{ read: number; last: number | null }> {
  return deps.db.transaction(async (tx) => {
    if (!(await tryIndexLock(tx))) return { read: 0, last: null };
    const cursor = await readCursor(tx, source);
    const follow = source === 'message' && options.after !== undefined;
    const from = follow ? { ...cursor, last_id: Math.max(cursor.last_id, options.after!) } : cursor;
    const rows = await readSource(tx, source, from, limit);
    const now = deps.now();
    const analysed = rows.map((r) => analyzeText(r, now));
    const removed =
      source === 'response'
        ? await deleteResponseTexts(
            tx,
            rows.map((r) => r.response_id!),
          )
        : [];
    const stored = await insertTexts(
      tx,
      analysed.map((a) => a.row),
    );
    for (const workspaceId of new Set(rows.map((r) => r.workspace_id))) {
      const own = (a: { workspace_id: string }) => a.workspace_id === workspaceId;
      const touched = await countPhrases(
        tx,
        workspaceId,
        phraseDeltas(
          analysed.filter((a) => own(a.row)),
          removed.filter(own),
        ),
      );
      const placed = await groupPhrases(tx, workspaceId, touched, now);
      const fresh = stored.filter(own).map((s) => s.id);
      const older = await textIdsWithPhrases(tx, workspaceId, placed);
      const assigned = await reassignTexts(tx, workspaceId, [...fresh, ...older]);
      const arrived = new Set(fresh);
      await routeFeedback(
        tx,
        workspaceId,
        assigned.filter((a) => arrived.has(a.text.id)),
        now,
      );
    }
    const last = rows.at(-1)?.message_id ?? options.after ?? null;
    if (follow) return { read: rows.length, last };
    const next = await nextCursor(tx, source, cursor, rows, limit);
    const moved =
      next.last_id !== cursor.last_id || next.last_at?.getTime() !== cursor.last_at?.getTime();
    if (moved) await saveCursor(tx, source, next);
    return { read: rows.length, last };
  });
}

function readSource(tx: Db, source: SourceName, cursor: Cursor, limit: number) {
  if (source === 'message') return readNewMessages(tx, cursor.last_id, limit);
  const since = cursor.last_at ? new Date(cursor.last_at.getTime() - LATE_COMMIT_MS) : new Date(0);
  return source === 'response'
    ? readNewResponses(tx, since, limit)
    : readNewCases(tx, since, limit);
}

/**
 * Messages: past every message that has surely committed, but never past one this batch had no
 * room for. Answers and complaints: the latest time read (the next read looks back a while).
 */
async function nextCursor(
  tx: Db,
  source: SourceName,
  cursor: Cursor,
  rows: readonly SourceText[],
  limit: number,
): Promise<Cursor> {
  if (source === 'message') {
    const settled = await settledMessageId(tx, cursor.last_id, SETTLE_SECONDS);
    const last = rows.at(-1)?.message_id;
    const full = rows.length >= limit && last !== null && last !== undefined;
    return { ...cursor, last_id: full ? Math.min(settled, last) : settled };
  }
  const latest = Math.max(
    cursor.last_at?.getTime() ?? 0,
    ...rows.map((r) => r.written_at.getTime()),
  );
  return { ...cursor, last_at: latest > 0 ? new Date(latest) : cursor.last_at };
}

/** +1 for each phrase of a new text, -1 for each phrase of an analysis replaced. */
function phraseDeltas(added: readonly AnalysedText[], removed: readonly { phrases: string[] }[]) {
  const deltas = new Map<string, { key: string; phrase: string; delta: number }>();
  for (const a of added) {
    for (const p of a.phrases) {
      const d = deltas.get(p.key) ?? { key: p.key, phrase: p.text, delta: 0 };
      d.delta++;
      deltas.set(p.key, d);
    }
  }
  for (const r of removed) {
    for (const key of r.phrases) {
      const d = deltas.get(key) ?? { key, phrase: key, delta: 0 };
      d.delta--;
      deltas.set(key, d);
    }
  }
  return [...deltas.values()].filter((d) => d.delta !== 0);
}
