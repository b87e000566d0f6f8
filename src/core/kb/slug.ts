import { normalize } from './search/text.js';

/** A URL-safe slug of a title: "Returns & refunds (EU)" → "returns-refunds-eu". */
export function slugify(text: string): string {
  const slug = normalize(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || 'article';
}

/** The slug, or the slug with -2, -3, … appended, whichever `taken` does not hold yet. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
