import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { HelpCenter } from '../../core/kb/help-center/find-help-center.js';
import { MAX_QUERY_CHARS } from '../../core/kb/help-center/search-help-center.js';
import { HELP_SCRIPT_PATH } from './help-script.js';
import { HELP_CSS } from './help-styles.js';
import { helpPaths } from './help-urls.js';

/** Markup made with hono's `html` tag: every interpolated string is escaped. */
export type Markup = HtmlEscapedString | Promise<HtmlEscapedString>;

export interface HelpPage {
  center: HelpCenter;
  title: string;
  description?: string;
  /** Absolute URL of the page's one true address. */
  canonical?: string;
  lang?: string;
  /** Pages a search engine should not list (search results, "not found"). */
  noindex?: boolean;
  /** The front page shows a big "How can we help?" over the search box. */
  hero?: boolean;
  /** What the search box holds (the current query). */
  query?: string;
  /** A language the reader chose with ?lang=: the search form carries it to the next page. */
  searchLang?: string;
  main: Markup;
}

/** The stylesheet for a <style> element (raw: CSS is not HTML-escaped text). */
export const HELP_STYLE = raw(HELP_CSS.replace(/\n/g, ''));

/**
 * The frame of every help center page: landmarks (banner, search, main, contentinfo), a skip
 * link, the search form (a plain GET form, so it works without JavaScript) and the widget, so
 * a reader can ask a person from any page.
 */
export function helpLayout(page: HelpPage) {
  const paths = helpPaths(page.center.publicKey);
  return html`<!doctype html>
    <html lang="${page.lang ?? 'en'}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${page.title}</title>
        ${page.description ? html`<meta name="description" content="${page.description}" />` : ''}
        ${page.canonical ? html`<link rel="canonical" href="${page.canonical}" />` : ''}
        ${page.noindex ? html`<meta name="robots" content="noindex" />` : ''}
        <style>
          ${HELP_STYLE}
        </style>
      </head>
      <body>
        <a class="skip" href="#main">Skip to content</a>
        <header class="top${page.hero ? ' hero' : ''}">
          <div class="wrap">
            <a class="brand" href="${paths.home}">${page.center.name} <span>Help center</span></a>
            ${page.hero ? html`<h1>How can we help?</h1>` : ''}
            <form class="search" role="search" action="${paths.search}" method="get">
              <label for="q" class="${page.hero ? '' : 'sr-only'}">Search the help center</label>
              <div class="find">
                <input
                  id="q"
                  name="q"
                  type="search"
                  value="${page.query ?? ''}"
                  maxlength="${MAX_QUERY_CHARS}"
                  autocomplete="off"
                  required
                />
                <button type="submit">Search</button>
              </div>
              ${
                page.searchLang
                  ? html`<input type="hidden" name="lang" value="${page.searchLang}" />`
                  : ''
              }
            </form>
          </div>
        </header>
        <main id="main" class="wrap" tabindex="-1">${page.main}</main>
        <footer class="wrap">
          <p id="contact">
            Can't find what you need?
            <a href="#contact" data-parley-open>Ask ${page.center.name}</a> with the Help button in
            the corner of this page: a person on the team answers.
          </p>
        </footer>
        <script src="${HELP_SCRIPT_PATH}" defer></script>
        <script async src="/widget.js" data-workspace="${page.center.publicKey}"></script>
      </body>
    </html>`;
}
