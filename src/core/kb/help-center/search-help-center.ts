import type { CoreDeps } from '../../deps.js';
import { workspaceIndex } from '../search/registry.js';
import type { SearchHit } from '../search/search-index.js';
import { highlight, type TextSegment } from './highlight.js';

export interface HelpSearchResult {
  slug: string;
  title: TextSegment[];
  snippet: TextSegment[];
}

/** Long pastes are cut: the first words carry the question, and search cost stays flat. */
export const MAX_QUERY_CHARS = 200;
const MAX_RESULTS = 20;

/**
 * Published articles matching the query, best first (typos tolerated), with the title and the
 * best sentence split into highlighted and plain runs.
 */
export async function searchHelpCenter(
  deps: Pick<CoreDeps, 'db'>,
  input: { workspaceId: string; query: string; locales?: readonly string[] },
): Promise<HelpSearchResult[]> {
  const query = input.query.trim().slice(0, MAX_QUERY_CHARS);
  if (!query) return [];
  const index = await workspaceIndex(deps.db, input.workspaceId);
  // In the reader's languages in order, then the workspace's main one; never a mix.
  const outcome = index.search(query, MAX_RESULTS, input.locales);
  const terms = new Set(outcome.terms.flatMap((t) => t.expansions.map((e) => e.term)));
  // Translations share a slug, and a slug's page shows one of them: list each address once.
  const bestPerSlug = new Map<string, SearchHit>();
  for (const hit of outcome.hits) {
    if (!bestPerSlug.has(hit.article.slug)) bestPerSlug.set(hit.article.slug, hit);
  }
  return [...bestPerSlug.values()].map((hit) => ({
    slug: hit.article.slug,
    title: highlight(hit.article.title, terms),
    snippet: highlight(hit.snippet, terms),
  }));
}
