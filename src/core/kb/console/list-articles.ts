import { listConsoleArticles, type KbArticleListRow } from '../../../db/queries/kb-console.js';
import type {
  KbArticleListPage,
  KbArticleSummary,
  KbConsoleListQuery,
} from '../../../shared/schemas/kb-console.js';
import type { CoreDeps } from '../../deps.js';

export const articleSummary = (r: KbArticleListRow): KbArticleSummary => ({
  id: r.id,
  slug: r.slug,
  title: r.title,
  category: r.category_name,
  locale: r.locale,
  status: r.status,
  version: r.version,
  updatedBy: r.updated_by_label,
  updatedAt: r.updated_at.toISOString(),
  publishedAt: r.published_at?.toISOString() ?? null,
});

/**
 * One page of a workspace's articles, drafts included, most recently changed first, filtered by
 * status, category and words in the title or text. Reads one row more than the page to know
 * whether another page follows.
 */
export async function listConsoleArticlePage(
  deps: Pick<CoreDeps, 'db'>,
  input: KbConsoleListQuery & { workspaceId: string },
): Promise<KbArticleListPage> {
  const rows = await listConsoleArticles(deps.db, input.workspaceId, {
    limit: input.limit + 1,
    ...(input.status ? { status: input.status } : {}),
    ...(input.category ? { categoryId: input.category } : {}),
    ...(input.q ? { text: input.q } : {}),
    ...(input.cursor ? { after: input.cursor } : {}),
  });
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  const more = rows.length > input.limit && last;
  return {
    articles: page.map(articleSummary),
    nextCursor: more ? `${last.updated_at.toISOString()}~${last.id}` : null,
  };
}
