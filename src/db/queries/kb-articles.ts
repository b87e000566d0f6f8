import type { Db } from '../db.js';

export type KbStatus = 'draft' | 'published';

export interface KbArticleRow {
  id: string;
  workspace_id: string;
  ext_id: string | null;
  slug: string;
  title: string;
  body_md: string;
  category_id: string | null;
  /** Joined from kb_categories. */
  category_name: string | null;
  locale: string;
  status: KbStatus;
  source_url: string | null;
  helpful_count: number;
  not_helpful_count: number;
  version: number;
  updated_by_id: string | null;
  updated_by_label: string;
  published_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

/** The columns a write sets; the rest have defaults or are derived. */
export interface KbArticleFields {
  ext_id: string | null;
  slug: string;
  title: string;
  body_md: string;
  category_id: string | null;
  locale: string;
  status: KbStatus;
  source_url: string | null;
  updated_by_id: string | null;
  updated_by_label: string;
}

const SELECT = `select a.*, c.name as category_name
  from kb_articles a left join kb_categories c on c.id = a.category_id`;

const FIELDS = [
  'ext_id',
  'slug',
  'title',
  'body_md',
  'category_id',
  'locale',
  'status',
  'source_url',
  'updated_by_id',
  'updated_by_label',
] as const;

/** Inserts many articles in one statement; `now` stamps created/updated (and published). */
export async function insertArticles(
  db: Db,
  workspaceId: string,
  rows: readonly (KbArticleFields & { id: string })[],
  now: Date,
): Promise<void> {
  if (rows.length === 0) return;
  const params: unknown[] = [workspaceId, now];
  const tuples = rows.map((row) => {
    const slots = ['id', ...FIELDS].map((column) => {
      params.push(row[column as keyof typeof row]);
      return `$${params.length}`;
    });
    const published = `case when ${slots[7]} = 'published' then $2::timestamptz end`;
    return `($1, ${slots.join(', ')}, ${published}, $2, $2)`;
  });
  await db.query(
    `insert into kb_articles (workspace_id, id, ${FIELDS.join(', ')}, published_at, created_at,
       updated_at)
     values ${tuples.join(', ')}`,
    params,
  );
}

/**
 * Overwrites an article's fields. `bumpVersion` when the title or body changed; published_at is
 * set on the first publish and kept while it stays published.
 */
export async function updateArticleRow(
  db: Db,
  workspaceId: string,
  id: string,
  fields: KbArticleFields,
  options: { now: Date; bumpVersion: boolean },
): Promise<void> {
  const sets = FIELDS.map((column, i) => `${column} = $${i + 5}`).join(', ');
  await db.query(
    `update kb_articles set ${sets},
       version = version + case when $4 then 1 else 0 end,
       published_at = case when $11 = 'published' then coalesce(published_at, $3) end,
       updated_at = $3
     where workspace_id = $1 and id = $2`,
    [workspaceId, id, options.now, options.bumpVersion, ...FIELDS.map((f) => fields[f])],
  );
}

export async function findArticle(
  db: Db,
  workspaceId: string,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<KbArticleRow | undefined> {
  const lock = options.forUpdate ? ' for update of a' : '';
  const [row] = await db.query<KbArticleRow>(
    `${SELECT} where a.workspace_id = $1 and a.id = $2${lock}`,
    [workspaceId, id],
  );
  return row;
}

/**
 * Articles an import names, by import id. An exported article that was made in the console has
 * no import id and is exported under its own id, so that id finds it too.
 */
export async function findArticlesByImportIds(
  db: Db,
  workspaceId: string,
  ids: readonly string[],
): Promise<KbArticleRow[]> {
  if (ids.length === 0) return [];
  const uuids = ids.filter((id) => UUID.test(id));
  return db.query<KbArticleRow>(
    `${SELECT} where a.workspace_id = $1
       and (a.ext_id = any($2::text[]) or (a.ext_id is null and a.id = any($3::uuid[])))
     for update of a`,
    [workspaceId, ids, uuids],
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ArticleListFilter {
  status?: KbStatus;
  categoryId?: string;
  limit: number;
  /** Keyset pagination: articles updated before this instant (newest first). */
  before?: Date;
}

export async function listArticles(
  db: Db,
  workspaceId: string,
  filter: ArticleListFilter,
): Promise<KbArticleRow[]> {
  const params: unknown[] = [workspaceId];
  const where = ['a.workspace_id = $1'];
  if (filter.status) where.push(`a.status = $${params.push(filter.status)}`);
  if (filter.categoryId) where.push(`a.category_id = $${params.push(filter.categoryId)}`);
  if (filter.before) where.push(`a.updated_at < $${params.push(filter.before)}`);
  return db.query<KbArticleRow>(
    `${SELECT} where ${where.join(' and ')}
     order by a.updated_at desc, a.id limit $${params.push(filter.limit)}`,
    params,
  );
}

/** Every article of a workspace in a stable order (export). */
export async function listAllArticles(db: Db, workspaceId: string): Promise<KbArticleRow[]> {
  return db.query<KbArticleRow>(
    `${SELECT} where a.workspace_id = $1 order by a.created_at, a.ext_id, a.id`,
    [workspaceId],
  );
}

/** What the search index holds: published articles only. */
export async function listPublishedArticles(db: Db, workspaceId: string): Promise<KbArticleRow[]> {
  return db.query<KbArticleRow>(
    `${SELECT} where a.workspace_id = $1 and a.status = 'published' order by a.id`,
    [workspaceId],
  );
}

export async function listArticleSlugs(
  db: Db,
  workspaceId: string,
): Promise<{ id: string; locale: string; slug: string }[]> {
  return db.query('select id, locale, slug from kb_articles where workspace_id = $1', [
    workspaceId,
  ]);
}

export async function deleteArticleRow(db: Db, workspaceId: string, id: string): Promise<boolean> {
  const rows = await db.query(
    'delete from kb_articles where workspace_id = $1 and id = $2 returning id',
    [workspaceId, id],
  );
  return rows.length > 0;
}

export async function countArticles(db: Db, workspaceId: string): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    'select count(*)::int as n from kb_articles where workspace_id = $1',
    [workspaceId],
  );
  return row!.n;
}
