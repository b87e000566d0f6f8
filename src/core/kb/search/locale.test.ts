import { describe, expect, it } from 'vitest';
import { localeChain, parseAcceptLanguage, readerLocales } from './locale.js';

describe("a reader's languages", () => {
  const have = ['en', 'pt', 'pt-br', 'pt-pt', 'de'];

  it('falls back from pt-BR to pt, then other Portuguese, then the main language', () => {
    expect(localeChain(['pt-BR'], have, 'en')).toEqual(['pt-br', 'pt', 'pt-pt', 'en']);
    expect(localeChain(['pt'], ['en', 'pt-br'], 'en')).toEqual(['pt-br', 'en']);
  });

  it('goes straight to the main language when the reader’s has no articles, or none was given', () => {
    expect(localeChain(['fr-CA'], have, 'en')).toEqual(['en']);
    expect(localeChain([], have, 'de')).toEqual(['de']);
  });

  it('keeps the order of several wanted languages', () => {
    expect(localeChain(['de-AT', 'pt'], have, 'en')).toEqual(['de', 'pt', 'pt-br', 'pt-pt', 'en']);
  });

  it('reads Accept-Language by preference, dropping what is not a language', () => {
    expect(parseAcceptLanguage('pt-BR,pt;q=0.9,en;q=0.8')).toEqual(['pt-br', 'pt', 'en']);
    expect(parseAcceptLanguage('en;q=0.5, de')).toEqual(['de', 'en']);
    expect(parseAcceptLanguage('*, fr;q=0, <script>, es')).toEqual(['es']);
    expect(parseAcceptLanguage(undefined)).toEqual([]);
  });

  it('puts an explicit ?lang= before the browser header', () => {
    expect(readerLocales('de', 'pt-BR,en;q=0.5')).toEqual(['de', 'pt-br', 'en']);
    expect(readerLocales('not a tag!', 'pt')).toEqual(['pt']);
  });
});
