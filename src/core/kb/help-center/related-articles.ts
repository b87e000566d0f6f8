import type { CoreDeps } from '../../deps.js';
import { workspaceIndex } from '../search/registry.js';
import type { HelpLink } from './list-help-topics.js';

const MAX_RELATED = 4;

/**
 * Other published articles about the same thing: the search index's best matches for the
 * article's title, in the article's language, without the article itself.
 */
export async function relatedArticles(
  deps: Pick<CoreDeps, 'db'>,
  input: { workspaceId: string; article: { id: string; title: string; locale: string } },
): Promise<HelpLink[]> {
  const { article } = input;
  const index = await workspaceIndex(deps.db, input.workspaceId);
  return index
    .search(article.title, MAX_RELATED * 2, article.locale)
    .hits.filter((h) => h.article.id !== article.id && h.article.locale === article.locale)
    .slice(0, MAX_RELATED)
    .map((h) => ({ slug: h.article.slug, title: h.article.title }));
}
