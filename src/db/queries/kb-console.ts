import type { Db } from '../db.js';
import type { KbArticleRow, KbStatus } from './kb-articles.js';
import type { KbCategoryRow } from './kb-categories.js';
import type { KbVersionRow } from './kb-versions.js';

/** Queries behind the console's knowledge-base editor; every one filters by workspace. */

export type KbArticleListRow = Omit<KbArticleRow, 'body_md'>;

export interface ConsoleArticleFilter {
  status?: KbStatus;
  categoryId?: string;
  /** Matched anywhere in the title or the Markdown, case-insensitively. */
  text?: string;
  limit: number;
  /** Keyset pagination: the last row of the previous page (newest first, ties by id). */
  after?: { before: Date; id: string };
}

// Every column but the body, which can be large and a list does not show.
const LIST_COLUMNS = `a.id, a.workspace_id, a.ext_id, a.slug, a.title, a.category_id, a.locale,
  a.status, a.source_url, a.helpful_count, a.not_helpful_count, a.version, a.updated_by_id,
  a.updated_by_label, a.published_at, a.created_at, a.updated_at, c.name as category_name`;

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

export async function listConsoleArticles(
  db: Db,
  workspaceId: string,
  filter: ConsoleArticleFilter,
): Promise<KbArticleListRow[]> {
  const params: unknown[] = [workspaceId];
  const where = ['a.workspace_id = $1'];
  if (filter.status) where.push(`a.status = $${params.push(filter.status)}`);
  if (filter.categoryId) where.push(`a.category_id = $${params.push(filter.categoryId)}`);
  if (filter.text) {
    const p = `$${params.push(likePattern(filter.text))}`;
    where.push(`(a.title ilike ${p} or a.body_md ilike ${p})`);
  }
  if (filter.after) {
    const at = `$${params.push(filter.after.before)}`;
    where.push(`(a.updated_at, a.id) < (${at}, $${params.push(filter.after.id)}::uuid)`);
  }
  return db.query<KbArticleListRow>(
    `select ${LIST_COLUMNS}
     from kb_articles a left join kb_categories c on c.id = a.category_id
     where ${where.join(' and ')}
     order by a.updated_at desc, a.id desc limit $${params.push(filter.limit)}`,
    params,
  );
}

export type KbCategoryCountRow = KbCategoryRow & { articles: number };

const WITH_COUNT = `select c.*, (select count(*)::int from kb_articles a
    where a.workspace_id = c.workspace_id and a.category_id = c.id) as articles
  from kb_categories c`;

export async function listCategoriesWithCounts(
  db: Db,
  workspaceId: string,
): Promise<KbCategoryCountRow[]> {
  return db.query<KbCategoryCountRow>(
    `${WITH_COUNT} where c.workspace_id = $1 order by c.position, c.name`,
    [workspaceId],
  );
}

export async function findCategory(
  db: Db,
  workspaceId: string,
  id: string,
): Promise<KbCategoryCountRow | undefined> {
  const [row] = await db.query<KbCategoryCountRow>(
    `${WITH_COUNT} where c.workspace_id = $1 and c.id = $2`,
    [workspaceId, id],
  );
  return row;
}

export async function findCategoryBySlug(
  db: Db,
  workspaceId: string,
  slug: string,
): Promise<KbCategoryRow | undefined> {
  const [row] = await db.query<KbCategoryRow>(
    'select * from kb_categories where workspace_id = $1 and slug = $2',
    [workspaceId, slug],
  );
  return row;
}

export async function renameCategoryRow(
  db: Db,
  workspaceId: string,
  id: string,
  change: { name: string; slug: string },
): Promise<KbCategoryRow | undefined> {
  const [row] = await db.query<KbCategoryRow>(
    `update kb_categories set name = $3, slug = $4 where workspace_id = $1 and id = $2
     returning *`,
    [workspaceId, id, change.name, change.slug],
  );
  return row;
}

/** The published articles of one category (their search entries carry its name). */
export async function listPublishedInCategory(
  db: Db,
  workspaceId: string,
  categoryId: string,
): Promise<KbArticleRow[]> {
  return db.query<KbArticleRow>(
    `select a.*, c.name as category_name
     from kb_articles a join kb_categories c on c.id = a.category_id
     where a.workspace_id = $1 and a.category_id = $2 and a.status = 'published'`,
    [workspaceId, categoryId],
  );
}

export type KbVersionSummaryRow = Omit<KbVersionRow, 'body_md'>;

/** An article's earlier versions without their text, newest first. */
export async function listVersionSummaries(
  db: Db,
  workspaceId: string,
  articleId: string,
): Promise<KbVersionSummaryRow[]> {
  return db.query<KbVersionSummaryRow>(
    `select id, workspace_id, article_id, version, title, author_id, author_label, created_at
     from kb_article_versions where workspace_id = $1 and article_id = $2
     order by version desc`,
    [workspaceId, articleId],
  );
}

export async function findVersion(
  db: Db,
  workspaceId: string,
  articleId: string,
  version: number,
): Promise<KbVersionRow | undefined> {
  const [row] = await db.query<KbVersionRow>(
    `select * from kb_article_versions
     where workspace_id = $1 and article_id = $2 and version = $3`,
    [workspaceId, articleId, version],
  );
  return row;
}

/**
 * A fingerprint of everything a reader sees of each article an import names (by import id, or
 * by its own id for articles made in the console), to tell afterwards which lines changed one.
 */
export async function importFingerprints(
  db: Db,
  workspaceId: string,
  ids: readonly string[],
): Promise<{ id: string; import_id: string; fingerprint: string }[]> {
  if (ids.length === 0) return [];
  return db.query(
    `select a.id, coalesce(a.ext_id, a.id::text) as import_id,
       md5(row(a.title, a.body_md, a.category_id, a.locale, a.status, a.source_url, a.slug,
               a.ext_id)::text) as fingerprint
     from kb_articles a
     where a.workspace_id = $1
       and (a.ext_id = any($2::text[]) or (a.ext_id is null and a.id::text = any($2::text[])))`,
    [workspaceId, ids],
  );
}
