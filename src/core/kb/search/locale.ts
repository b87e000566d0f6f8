/** Language tags as the index keys them: lower case, `_` as `-` (pt_BR and pt-br are pt-BR). */
export function localeKey(tag: string): string {
  return tag.trim().replaceAll('_', '-').toLowerCase();
}

const baseOf = (key: string) => key.split('-')[0]!;

/**
 * The languages to search for a reader, best first, among those the workspace has articles in
 * (`available`, as keys). For each wanted tag: the tag itself, then its base language (pt-BR ->
 * pt), then the base language's other regions (pt-PT); last, the workspace's main language.
 * Each language is searched on its own, so one answer never mixes languages.
 */
export function localeChain(
  wanted: readonly string[],
  available: readonly string[],
  main: string,
): string[] {
  const have = new Set(available);
  const chain: string[] = [];
  const add = (key: string) => {
    if (have.has(key) && !chain.includes(key)) chain.push(key);
  };
  for (const tag of wanted.map(localeKey)) {
    add(tag);
    add(baseOf(tag));
    for (const key of [...have].sort()) if (baseOf(key) === baseOf(tag)) add(key);
  }
  add(main);
  return chain;
}

/**
 * The languages of an Accept-Language header, most wanted first ("pt-BR,pt;q=0.9,en;q=0.8" ->
 * pt-br, pt, en). Entries that are not language tags, `*` and q=0 are left out.
 */
export function parseAcceptLanguage(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .slice(0, 20)
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/i.exec(p)?.[1]).find(Boolean);
      return { tag: localeKey(tag), q: q === undefined ? 1 : Number(q), i };
    })
    .filter((l) => /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/.test(l.tag) && l.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i)
    .map((l) => l.tag);
}

/**
 * A help-center reader's languages, most wanted first: an explicit `?lang=` when it is a
 * language tag, then the browser's Accept-Language.
 */
export function readerLocales(lang: string | undefined, acceptLanguage: string | undefined) {
  return [...new Set([...parseAcceptLanguage(lang), ...parseAcceptLanguage(acceptLanguage)])];
}
