/**
 * Whether an address matches an admin's pattern. A pattern starting with "/" looks at the path
 * and query ("/cart", "/products/*?ref=*"); any other looks at the whole address
 * ("https://shop.example/sale", "*google.*"). With a `*` (any run of characters) the pattern must
 * match all of it; without one it is a prefix. Case does not matter: people type paths loosely.
 */
export function matchesPattern(pattern: string, address: string): boolean {
  const target = pattern.startsWith('/') ? pathOf(address) : address.split('#')[0]!;
  if (target === undefined) return false;
  const p = pattern.toLowerCase();
  const t = target.toLowerCase();
  if (!p.includes('*')) return t.startsWith(p);
  const source = p
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`).test(t);
}

function pathOf(address: string): string | undefined {
  try {
    const url = new URL(address);
    return url.pathname + url.search;
  } catch {
    return undefined;
  }
}
