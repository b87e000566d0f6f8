import { useEffect, useRef, useState } from 'preact/hooks';
import type { KbStatus } from '../shared/schemas/kb.js';
import type { KbArticleListPage, KbArticleSummary } from '../shared/schemas/kb-console.js';
import type { Api, ApiError } from './api.js';

export interface KbFilter {
  q: string;
  status: KbStatus | '';
  category: string;
}

const PAGE = 25;
/** Typing pauses this long before the list asks the server again. */
const TYPING_MS = 250;

const queryOf = (filter: KbFilter, cursor?: string) => {
  const params = new URLSearchParams({ limit: String(PAGE) });
  if (filter.q.trim()) params.set('q', filter.q.trim());
  if (filter.status) params.set('status', filter.status);
  if (filter.category) params.set('category', filter.category);
  if (cursor) params.set('cursor', cursor);
  return `/kb/articles?${params}`;
};

/**
 * The article list for a filter, a page at a time; answers to an older filter are dropped. A new
 * `refresh` value loads the first page again (after a category was renamed).
 */
export function useKbList(api: Api, filter: KbFilter, refresh = 0) {
  const [articles, setArticles] = useState<KbArticleSummary[]>();
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<ApiError>();
  const [loadingMore, setLoadingMore] = useState(false);
  const generation = useRef(0);

  useEffect(() => {
    const mine = ++generation.current;
    const timer = setTimeout(
      async () => {
        const result = await api.get<KbArticleListPage>(queryOf(filter));
        if (mine !== generation.current) return;
        if (!result.ok) return setError(result.error);
        setError(undefined);
        setArticles(result.data.articles);
        setNext(result.data.nextCursor);
      },
      articles === undefined ? 0 : TYPING_MS,
    );
    return () => clearTimeout(timer);
  }, [api, filter.q, filter.status, filter.category, refresh]);

  const loadMore = async () => {
    if (!next) return;
    const mine = generation.current;
    setLoadingMore(true);
    const result = await api.get<KbArticleListPage>(queryOf(filter, next));
    setLoadingMore(false);
    if (mine !== generation.current) return;
    if (!result.ok) return setError(result.error);
    setArticles((list) => [...(list ?? []), ...result.data.articles]);
    setNext(result.data.nextCursor);
  };

  return { articles, hasMore: next !== null, loadMore, loadingMore, error };
}
