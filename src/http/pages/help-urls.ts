/** Paths of one help center; keys and slugs are URL-safe already, encoding is belt and braces. */
export function helpPaths(publicKey: string) {
  const home = `/help/${encodeURIComponent(publicKey)}`;
  return {
    home,
    search: `${home}/search`,
    sitemap: `${home}/sitemap.xml`,
    topic: (slug: string) => `${home}/categories/${encodeURIComponent(slug)}`,
    article: (slug: string) => `${home}/articles/${encodeURIComponent(slug)}`,
    vote: (slug: string) => `${home}/articles/${encodeURIComponent(slug)}/feedback`,
  };
}

/**
 * The origin absolute links start with: PUBLIC_URL when the installation has one (behind a
 * proxy the request's own host may be internal), otherwise the origin the request came to.
 */
export function siteOrigin(requestUrl: string, publicUrl: string | undefined): string {
  return publicUrl ? publicUrl.replace(/\/+$/, '') : new URL(requestUrl).origin;
}
