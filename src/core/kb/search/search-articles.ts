import type { KbSearchHit } from '../../../shared/schemas/kb.js';
import type { CoreDeps } from '../../deps.js';
import { workspaceIndex } from './registry.js';

/**
 * Published articles matching a query, best first, with a score and a matching sentence, all in
 * one language: the reader's (`locale`), its base language, or the workspace's main one.
 */
export async function searchArticles(
  deps: Pick<CoreDeps, 'db'>,
  input: { workspaceId: string; query: string; limit?: number; locale?: string | null },
): Promise<KbSearchHit[]> {
  const index = await workspaceIndex(deps.db, input.workspaceId);
  // The reader's language first (pt-BR, then pt), else the workspace's main one; never a mix.
  return index.search(input.query, input.limit ?? 10, input.locale).hits.map((h) => ({
    articleId: h.article.id,
    title: h.article.title,
    slug: h.article.slug,
    url: h.article.url,
    score: Math.round(h.score * 1000) / 1000,
    snippet: h.snippet,
  }));
}
