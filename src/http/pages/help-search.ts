import { html } from 'hono/html';
import type { HelpCenter } from '../../core/kb/help-center/find-help-center.js';
import type { TextSegment } from '../../core/kb/help-center/highlight.js';
import type { HelpSearchResult } from '../../core/kb/help-center/search-help-center.js';
import { helpLayout } from './help-layout.js';
import { helpPaths } from './help-urls.js';

/**
 * `/help/:workspace/search?q=…`: results with the matching words marked. Segments are plain
 * text, escaped by the template before <mark> wraps them, so a query or an article can never
 * add markup. Not for search engines (noindex): result pages are endless and thin.
 */
export function helpSearchPage(
  center: HelpCenter,
  query: string,
  results: HelpSearchResult[],
  searchLang?: string,
) {
  const paths = helpPaths(center.publicKey);
  const heading = query ? html`Results for “${query}”` : html`Search the help center`;
  return helpLayout({
    center,
    title: query
      ? `${query} · Search · ${center.name} Help Center`
      : `Search · ${center.name} Help Center`,
    noindex: true,
    query,
    searchLang,
    main: html`<h1>${heading}</h1>
      ${
        !query
          ? html`<p>Type a few words in the search box: a product, a problem, a question.</p>`
          : results.length
            ? html`<p class="muted" role="status">
                  ${results.length === 1 ? '1 article' : `${results.length} articles`} found.
                </p>
                <ol class="results">
                  ${results.map((r) => resultItem(r, paths.article(r.slug)))}
                </ol>`
            : noResults(center.name, paths.home)
      }`,
  });
}

function resultItem(result: HelpSearchResult, href: string) {
  return html`<li class="result">
    <h2><a href="${href}">${marked(result.title)}</a></h2>
    <p>${marked(result.snippet)}</p>
  </li>`;
}

const marked = (segments: TextSegment[]) =>
  segments.map((s) => (s.mark ? html`<mark>${s.text}</mark>` : s.text));

/** Honest about it, and one step from a person. */
function noResults(name: string, home: string) {
  return html`<div class="contact" role="status">
    <p><strong>No articles match your search.</strong></p>
    <p>
      Try fewer or different words, <a href="${home}">browse all topics</a>, or
      <a href="#contact" data-parley-open>ask ${name}</a>: a person will answer.
    </p>
  </div>`;
}
