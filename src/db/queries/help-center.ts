import type { Db } from '../db.js';

/** What the public help center reads of an article: published ones only, by slug. */
export interface HelpArticleRow {
  id: string;
  slug: string;
  title: string;
  body_md: string;
  locale: string;
  category_name: string | null;
  category_slug: string | null;
  published_at: Date | null;
  updated_at: Date;
}

/** An article's place in a list: its category and how many the category has in all. */
export interface HelpListingRow {
  slug: string;
  title: string;
  category_slug: string | null;
  category_name: string | null;
  category_total: number;
}

// A slug is unique per locale; when several locales share one, English wins, then the first
// locale alphabetically, so a URL always names the same article.
const ONE_PER_SLUG = `order by a.locale = 'en' desc, a.locale limit 1`;

export async function findPublishedArticleBySlug(
  db: Db,
  workspaceId: string,
  slug: string,
): Promise<HelpArticleRow | undefined> {
  const [row] = await db.query<HelpArticleRow>(
    `select a.id, a.slug, a.title, a.body_md, a.locale, a.published_at, a.updated_at,
       c.name as category_name, c.slug as category_slug
     from kb_articles a left join kb_categories c on c.id = a.category_id
     where a.workspace_id = $1 and a.slug = $2 and a.status = 'published'
     ${ONE_PER_SLUG}`,
    [workspaceId, slug],
  );
  return row;
}

/**
 * Published articles grouped by category (categories in their order, uncategorised last), at
 * most `perCategory` of each, with each category's full count for a "see all" link.
 */
export async function listHelpCenterArticles(
  db: Db,
  workspaceId: string,
  perCategory: number,
): Promise<HelpListingRow[]> {
  return db.query<HelpListingRow>(
    `select slug, title, category_slug, category_name, category_total from (
       select a.slug, a.title, a.id, c.slug as category_slug, c.name as category_name,
         c.position as category_position,
         row_number() over (partition by a.category_id order by a.title, a.id) as n,
         (count(*) over (partition by a.category_id))::int as category_total
       from kb_articles a left join kb_categories c on c.id = a.category_id
       where a.workspace_id = $1 and a.status = 'published'
     ) listed
     where n <= $2
     order by category_position nulls last, category_name nulls last, title, id`,
    [workspaceId, perCategory],
  );
}

/** Every published article of one category (`null`: the uncategorised ones), by title. */
export async function listCategoryArticles(
  db: Db,
  workspaceId: string,
  categorySlug: string | null,
  limit: number,
): Promise<HelpListingRow[]> {
  return db.query<HelpListingRow>(
    `select a.slug, a.title, c.slug as category_slug, c.name as category_name,
       (count(*) over ())::int as category_total
     from kb_articles a left join kb_categories c on c.id = a.category_id
     where a.workspace_id = $1 and a.status = 'published'
       and (case when $2::text is null then a.category_id is null else c.slug = $2 end)
     order by a.title, a.id limit $3`,
    [workspaceId, categorySlug, limit],
  );
}

export async function findCategoryName(
  db: Db,
  workspaceId: string,
  slug: string,
): Promise<string | undefined> {
  const [row] = await db.query<{ name: string }>(
    'select name from kb_categories where workspace_id = $1 and slug = $2',
    [workspaceId, slug],
  );
  return row?.name;
}

/**
 * Adds one vote to a published article's helpful or not-helpful count; the only column an
 * anonymous reader can change. False when no published article has that slug.
 */
export async function countArticleVote(
  db: Db,
  workspaceId: string,
  slug: string,
  helpful: boolean,
): Promise<boolean> {
  const column = helpful ? 'helpful_count' : 'not_helpful_count';
  const rows = await db.query(
    `update kb_articles set ${column} = ${column} + 1
     where workspace_id = $1 and id = (
       select a.id from kb_articles a
       where a.workspace_id = $1 and a.slug = $2 and a.status = 'published' ${ONE_PER_SLUG})
     returning id`,
    [workspaceId, slug],
  );
  return rows.length > 0;
}

/** Slugs and last changes of the published articles, for the sitemap. */
export async function listSitemapArticles(
  db: Db,
  workspaceId: string,
  limit: number,
): Promise<{ slug: string; updated_at: Date }[]> {
  return db.query(
    `select distinct on (a.slug) a.slug, a.updated_at from kb_articles a
     where a.workspace_id = $1 and a.status = 'published'
     order by a.slug, a.locale = 'en' desc, a.locale
     limit $2`,
    [workspaceId, limit],
  );
}
