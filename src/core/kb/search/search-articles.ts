import type { KbSearchHit } from '../../../shared/schemas/kb.js';
import type { CoreDeps } from '../../deps.js';
import { workspaceIndex } from './registry.js';

/** Published articles matching a query, best first, with a score and a matching sentence. */
export async function searchArticles(
  deps: Pick<CoreDeps, 'db'>,
  input: { workspaceId: string; query: string; limit?: number },
): Promise<KbSearchHit[]> {
  const index = await workspaceIndex(deps.db, input.workspaceId);
  return index.search(input.query, input.limit ?? 10).hits.map((h) => ({
    articleId: h.article.id,
    title: h.article.title,
    slug: h.article.slug,
    url: h.article.url,
    score: Math.round(h.score * 1000) / 1000,
    snippet: h.snippet,
  }));
}
