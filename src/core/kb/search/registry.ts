import type { Db } from '../../../db/db.js';
import { listPublishedArticles, type KbArticleRow } from '../../../db/queries/kb-articles.js';
import { readKbRevision } from '../../../db/queries/kb-index-state.js';
import type { IndexedArticle } from './search-index.js';
import { WorkspaceIndex } from './workspace-index.js';

/**
 * The search indexes of the workspaces this process has searched, per database handle. Writes
 * made here update them in place; writes by another process (a CLI import, a second node) are
 * noticed through the workspace's revision, checked at most once per FRESH_MS.
 */
const FRESH_MS = 1000;

interface Entry {
  index?: WorkspaceIndex;
  revision: number;
  checkedAt: number;
  loading?: Promise<WorkspaceIndex>;
  /** A change arrived while loading: check the revision again on the next search. */
  dirty: boolean;
}

// A cache safe to share: keyed by the database handle, so two databases never mix.
const caches = new WeakMap<Db, Map<string, Entry>>();

function entriesOf(db: Db): Map<string, Entry> {
  let map = caches.get(db);
  if (!map) caches.set(db, (map = new Map()));
  return map;
}

export const indexedArticle = (row: KbArticleRow): IndexedArticle => ({
  id: row.id,
  title: row.title,
  slug: row.slug,
  url: row.source_url,
  category: row.category_name,
  locale: row.locale,
  bodyMd: row.body_md,
});

/** The workspace's index, built from its published articles on first use or when stale. */
export async function workspaceIndex(db: Db, workspaceId: string): Promise<WorkspaceIndex> {
  const entries = entriesOf(db);
  const entry = entries.get(workspaceId);
  if (entry?.index && !entry.dirty && performance.now() - entry.checkedAt < FRESH_MS) {
    return entry.index;
  }
  if (entry?.loading) return entry.loading;
  const next: Entry = entry ?? { revision: -1, checkedAt: 0, dirty: false };
  entries.set(workspaceId, next);
  next.dirty = false;
  next.loading = refresh(db, workspaceId, next).finally(() => {
    next.loading = undefined;
  });
  return next.loading;
}

async function refresh(db: Db, workspaceId: string, entry: Entry): Promise<WorkspaceIndex> {
  const revision = await readKbRevision(db, workspaceId);
  if (entry.index && revision === entry.revision) {
    entry.checkedAt = performance.now();
    return entry.index;
  }
  const index = new WorkspaceIndex();
  for (const row of await listPublishedArticles(db, workspaceId)) index.upsert(indexedArticle(row));
  Object.assign(entry, { index, revision, checkedAt: performance.now() });
  return index;
}

/**
 * Applies a committed change to a cached index. When this process missed a revision (another
 * process wrote in between), the index is dropped and rebuilt on the next search instead.
 */
export function applyKbChange(
  db: Db,
  workspaceId: string,
  revision: number,
  change: { upsert?: readonly IndexedArticle[]; remove?: readonly string[] },
): void {
  const entries = entriesOf(db);
  const entry = entries.get(workspaceId);
  if (!entry) return;
  if (entry.loading) {
    entry.dirty = true;
    return;
  }
  if (!entry.index || entry.revision !== revision - 1) {
    entries.delete(workspaceId);
    return;
  }
  for (const id of change.remove ?? []) entry.index.remove(id);
  for (const article of change.upsert ?? []) entry.index.upsert(article);
  entry.revision = revision;
}
