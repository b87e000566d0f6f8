import type { Db } from '../../db/db.js';
import {
  insertArticles,
  updateArticleRow,
  type KbArticleFields,
  type KbArticleRow,
} from '../../db/queries/kb-articles.js';
import { bumpKbRevision, lockKbWorkspace } from '../../db/queries/kb-index-state.js';
import { insertVersions } from '../../db/queries/kb-versions.js';
import type { CoreDeps } from '../deps.js';
import type { IndexedArticle } from './search/search-index.js';
import { applyKbChange } from './search/registry.js';

/** One article to store: new (no `existing`) or replacing the fields of `existing`. */
export interface ArticleWrite {
  id: string;
  existing?: KbArticleRow;
  fields: KbArticleFields;
  /** The category's name, for the search index (fields hold only its id). */
  categoryName: string | null;
}

export type WriteKind = 'created' | 'updated' | 'unchanged';

/** What a write changes for search: articles to (re)index and articles to drop. */
export interface IndexChange {
  upsert: IndexedArticle[];
  remove: string[];
}

const INSERT_CHUNK = 500;

/** Compares on what a reader sees; the editor's label alone is no change. */
export function kindOf(write: ArticleWrite): WriteKind {
  const e = write.existing;
  if (!e) return 'created';
  const f = write.fields;
  const same =
    e.title === f.title &&
    e.body_md === f.body_md &&
    e.category_id === f.category_id &&
    e.locale === f.locale &&
    e.status === f.status &&
    e.source_url === f.source_url &&
    e.slug === f.slug &&
    e.ext_id === f.ext_id;
  return same ? 'unchanged' : 'updated';
}

/**
 * Stores the writes (inside the caller's transaction): new rows in multi-row INSERTs, changed
 * rows one UPDATE each, keeping the previous title and body whenever either changes.
 */
export async function persistArticles(
  tx: Db,
  workspaceId: string,
  writes: readonly ArticleWrite[],
  now: Date,
): Promise<{ kinds: WriteKind[]; change: IndexChange }> {
  const kinds = writes.map(kindOf);
  const inserts = writes.filter((_, i) => kinds[i] === 'created');
  for (let i = 0; i < inserts.length; i += INSERT_CHUNK) {
    const chunk = inserts.slice(i, i + INSERT_CHUNK).map((w) => ({ id: w.id, ...w.fields }));
    await insertArticles(tx, workspaceId, chunk, now);
  }
  const updates = writes.filter((_, i) => kinds[i] === 'updated');
  const contentChanged = (w: ArticleWrite) =>
    w.existing!.title !== w.fields.title || w.existing!.body_md !== w.fields.body_md;
  const versioned = updates.filter(contentChanged);
  for (let i = 0; i < versioned.length; i += INSERT_CHUNK) {
    const chunk = versioned.slice(i, i + INSERT_CHUNK).map(({ existing: e }) => ({
      article_id: e!.id,
      version: e!.version,
      title: e!.title,
      body_md: e!.body_md,
      author_id: e!.updated_by_id,
      author_label: e!.updated_by_label,
      created_at: e!.updated_at,
    }));
    await insertVersions(tx, workspaceId, chunk);
  }
  for (const w of updates) {
    await updateArticleRow(tx, workspaceId, w.id, w.fields, {
      now,
      bumpVersion: contentChanged(w),
    });
  }
  return { kinds, change: indexChange(writes.filter((_, i) => kinds[i] !== 'unchanged')) };
}

function indexChange(writes: readonly ArticleWrite[]): IndexChange {
  const change: IndexChange = { upsert: [], remove: [] };
  for (const w of writes) {
    if (w.fields.status !== 'published') {
      if (w.existing?.status === 'published') change.remove.push(w.id);
      continue;
    }
    change.upsert.push({
      id: w.id,
      title: w.fields.title,
      slug: w.fields.slug,
      url: w.fields.source_url,
      category: w.categoryName,
      locale: w.fields.locale,
      bodyMd: w.fields.body_md,
    });
  }
  return change;
}

/**
 * Runs a knowledge-base write: one transaction, writers of the workspace one at a time, the
 * workspace's revision moved on when search is affected, and after commit this process's index
 * updated in place.
 */
export async function writeKb<T>(
  deps: Pick<CoreDeps, 'db'>,
  workspaceId: string,
  fn: (tx: Db) => Promise<{ result: T; change: IndexChange; changed: boolean }>,
): Promise<T> {
  const { result, change, revision } = await deps.db.transaction(async (tx) => {
    await lockKbWorkspace(tx, workspaceId);
    const out = await fn(tx);
    const revision = out.changed ? await bumpKbRevision(tx, workspaceId) : undefined;
    return { ...out, revision };
  });
  if (revision !== undefined) applyKbChange(deps.db, workspaceId, revision, change);
  return result;
}
