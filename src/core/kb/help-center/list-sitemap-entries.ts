import { listSitemapArticles } from '../../../db/queries/help-center.js';
import type { CoreDeps } from '../../deps.js';

export interface SitemapEntry {
  slug: string;
  updatedAt: Date;
}

// The sitemap protocol's limit for one file.
const MAX_SITEMAP_URLS = 50_000;

/** Every published article's slug and last change, for `sitemap.xml`. Drafts never appear. */
export async function listSitemapEntries(
  deps: Pick<CoreDeps, 'db'>,
  workspaceId: string,
): Promise<SitemapEntry[]> {
  // One entry is the front page itself.
  const rows = await listSitemapArticles(deps.db, workspaceId, MAX_SITEMAP_URLS - 1);
  return rows.map((r) => ({ slug: r.slug, updatedAt: r.updated_at }));
}
