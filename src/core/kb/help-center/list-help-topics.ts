import {
  findCategoryName,
  listCategoryArticles,
  listHelpCenterArticles,
  type HelpListingRow,
} from '../../../db/queries/help-center.js';
import type { CoreDeps } from '../../deps.js';

export interface HelpLink {
  slug: string;
  title: string;
}

/** A category as the help center shows it; `slug` is null for the uncategorised articles. */
export interface HelpTopic {
  name: string;
  slug: string | null;
  articles: HelpLink[];
  /** How many published articles it has in all (the page may show fewer). */
  total: number;
}

/** What a help center's front page lists per category before "see all". */
export const ARTICLES_PER_TOPIC = 8;
const MAX_TOPIC_ARTICLES = 1000;

/** The name of the group of articles without a category, and its address. */
export const OTHER_TOPIC = { name: 'More articles', slug: 'other' } as const;

/** The front page: every category with published articles, each with its first few. */
export async function listHelpTopics(
  deps: Pick<CoreDeps, 'db'>,
  workspaceId: string,
): Promise<HelpTopic[]> {
  const rows = await listHelpCenterArticles(deps.db, workspaceId, ARTICLES_PER_TOPIC);
  const topics: HelpTopic[] = [];
  for (const row of rows) {
    let topic = topics.at(-1);
    if (!topic || topic.slug !== row.category_slug) topics.push((topic = topicOf(row)));
    topic.articles.push({ slug: row.slug, title: row.title });
  }
  return topics;
}

/**
 * One category with all its published articles, or undefined when it has none. The slug
 * "other" names the uncategorised articles unless a real category is called that.
 */
export async function getHelpTopic(
  deps: Pick<CoreDeps, 'db'>,
  workspaceId: string,
  slug: string,
): Promise<HelpTopic | undefined> {
  const name = await findCategoryName(deps.db, workspaceId, slug);
  const uncategorised = name === undefined && slug === OTHER_TOPIC.slug;
  if (name === undefined && !uncategorised) return undefined;
  const rows = await listCategoryArticles(
    deps.db,
    workspaceId,
    uncategorised ? null : slug,
    MAX_TOPIC_ARTICLES,
  );
  if (rows.length === 0) return undefined;
  return {
    ...topicOf(rows[0]!),
    articles: rows.map((r) => ({ slug: r.slug, title: r.title })),
  };
}

const topicOf = (row: HelpListingRow): HelpTopic => ({
  name: row.category_name ?? OTHER_TOPIC.name,
  slug: row.category_slug,
  articles: [],
  total: row.category_total,
});
