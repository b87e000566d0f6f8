import type { SitemapEntry } from '../../core/kb/help-center/list-sitemap-entries.js';
import { helpPaths } from './help-urls.js';

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
const xml = (text: string) => text.replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch]!);

/**
 * `/help/:workspace/sitemap.xml` (sitemaps.org 0.9): the front page and every published
 * article with the day it last changed, so search engines find and refresh them.
 */
export function helpSitemap(publicKey: string, entries: SitemapEntry[], origin: string): string {
  const paths = helpPaths(publicKey);
  const newest = entries.reduce<Date | undefined>(
    (max, e) => (!max || e.updatedAt > max ? e.updatedAt : max),
    undefined,
  );
  const url = (loc: string, lastmod?: Date) =>
    `  <url><loc>${xml(origin + loc)}</loc>${lastmod ? `<lastmod>${lastmod.toISOString()}</lastmod>` : ''}</url>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    url(paths.home, newest),
    ...entries.map((e) => url(paths.article(e.slug), e.updatedAt)),
    '</urlset>',
    '',
  ].join('\n');
}
