import type { QueryTerm } from './query.js';
import { localeChain, localeKey } from './locale.js';
import { SearchIndex, type IndexedArticle, type SearchOutcome } from './search-index.js';
import type { SentenceMatch } from './snippet.js';

/** A language's own index, with its key (lower-case tag). */
export interface LanguageIndex {
  locale: string;
  index: SearchIndex;
}

/**
 * One workspace's published articles, an index per language. Each language keeps its own
 * statistics (how rare a word is among the articles a reader can get), and a search runs in one
 * language at a time, so results and answers never mix languages.
 */
export class WorkspaceIndex {
  private readonly byLocale = new Map<string, SearchIndex>();
  private readonly localeOf = new Map<string, string>();
  /** The main language, worked out again only after a change. */
  private main: string | undefined;

  /** Published articles in all languages. */
  get size(): number {
    return this.localeOf.size;
  }

  has(articleId: string): boolean {
    return this.localeOf.has(articleId);
  }

  upsert(article: IndexedArticle): void {
    this.remove(article.id);
    const key = localeKey(article.locale);
    let index = this.byLocale.get(key);
    if (!index) this.byLocale.set(key, (index = new SearchIndex()));
    index.upsert(article);
    this.localeOf.set(article.id, key);
    this.main = undefined;
  }

  remove(articleId: string): void {
    const key = this.localeOf.get(articleId);
    if (key === undefined) return;
    const index = this.byLocale.get(key)!;
    index.remove(articleId);
    this.localeOf.delete(articleId);
    if (index.size === 0) this.byLocale.delete(key);
    this.main = undefined;
  }

  /**
   * The workspace's main language: the one most of its articles are in (on a tie English, then
   * the first alphabetically). Readers whose language has no articles get this one.
   */
  get mainLocale(): string {
    return (this.main ??= this.rankLocales());
  }

  private rankLocales(): string {
    const ranked = [...this.byLocale].sort(
      ([a, x], [b, y]) =>
        y.size - x.size || Number(b === 'en') - Number(a === 'en') || a.localeCompare(b),
    );
    return ranked[0]?.[0] ?? 'en';
  }

  /** The languages to try for a reader who wants `locale` (or gave none), best first. */
  languagesFor(locale?: string | readonly string[] | null): LanguageIndex[] {
    const wanted = locale ? (typeof locale === 'string' ? [locale] : locale) : [];
    // The common case, one language or none asked for, needs no chain.
    if (this.byLocale.size <= 1 || !wanted.length) {
      const main = this.byLocale.get(this.mainLocale);
      return main ? [{ locale: this.mainLocale, index: main }] : [];
    }
    return localeChain(wanted, [...this.byLocale.keys()], this.mainLocale).map((key) => ({
      locale: key,
      index: this.byLocale.get(key)!,
    }));
  }

  /**
   * Searches the reader's languages in order and returns the first that finds anything (the
   * main language when `locale` is not given). The hits are all in that one language.
   */
  search(query: string, limit = 10, locale?: string | readonly string[] | null): SearchOutcome {
    let first: SearchOutcome | undefined;
    for (const { index } of this.languagesFor(locale)) {
      const outcome = index.search(query, limit);
      if (outcome.hits.length) return outcome;
      first ??= outcome;
    }
    return first ?? { terms: [], hits: [], size: 0 };
  }

  /** The sentences of an article that hold words of the query, in the article's order. */
  sentencesMatching(articleId: string, query: readonly QueryTerm[]): SentenceMatch[] {
    return this.indexOf(articleId)?.sentencesMatching(articleId, query) ?? [];
  }

  firstSentence(articleId: string): string {
    return this.indexOf(articleId)?.firstSentence(articleId) ?? '';
  }

  private indexOf(articleId: string): SearchIndex | undefined {
    const key = this.localeOf.get(articleId);
    return key === undefined ? undefined : this.byLocale.get(key);
  }
}
