import { describe, expect, it } from 'vitest';
import type { IndexedArticle } from './search-index.js';
import { WorkspaceIndex } from './workspace-index.js';

const article = (id: string, locale: string, title: string): IndexedArticle => ({
  id,
  title,
  slug: id,
  url: null,
  category: null,
  locale,
  bodyMd: title,
});

describe("a workspace's index, one language at a time", () => {
  it('its main language is the one most articles are in; on a tie English, then alphabetical', () => {
    const index = new WorkspaceIndex();
    index.upsert(article('a', 'de', 'Versand'));
    index.upsert(article('b', 'de', 'Rückgabe'));
    index.upsert(article('c', 'en', 'Shipping'));
    expect(index.mainLocale).toBe('de');
    index.upsert(article('d', 'en', 'Returns'));
    expect(index.mainLocale).toBe('en');
    index.remove('c');
    index.remove('d');
    index.upsert(article('e', 'fr', 'Livraison'));
    index.upsert(article('f', 'fr', 'Retours'));
    expect(index.mainLocale).toBe('de');
  });

  it('an article that changes language moves, and a language without articles is gone', () => {
    const index = new WorkspaceIndex();
    index.upsert(article('a', 'pt-BR', 'Frete'));
    expect(index.languagesFor('pt-BR').map((l) => l.locale)).toEqual(['pt-br']);
    index.upsert(article('a', 'pt', 'Frete'));
    expect(index.languagesFor('pt-BR').map((l) => l.locale)).toEqual(['pt']);
    expect(index.search('frete', 10, 'pt-BR').hits.map((h) => h.article.id)).toEqual(['a']);
    index.remove('a');
    expect(index.size).toBe(0);
    expect(index.languagesFor('pt')).toEqual([]);
    expect(index.search('frete').hits).toEqual([]);
  });
});
