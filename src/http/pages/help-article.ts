import { html, raw } from 'hono/html';
import type { HelpCenter } from '../../core/kb/help-center/find-help-center.js';
import type { HelpArticle } from '../../core/kb/help-center/get-help-article.js';
import { helpLayout } from './help-layout.js';
import { helpPaths } from './help-urls.js';

export type Vote = 'yes' | 'no';

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' });

/**
 * `/help/:workspace/articles/:slug`. The body is the Markdown renderer's safe HTML (raw HTML in
 * an article is shown as text there); everything else is escaped by the template.
 */
export function helpArticlePage(
  center: HelpCenter,
  article: HelpArticle,
  options: { origin: string; voted?: Vote | undefined },
) {
  const paths = helpPaths(center.publicKey);
  return helpLayout({
    center,
    title: `${article.title} · ${center.name} Help Center`,
    description: article.description,
    canonical: options.origin + paths.article(article.slug),
    lang: article.locale,
    main: html`<nav class="crumbs" aria-label="Breadcrumb">
        <ol>
          <li><a href="${paths.home}">Help center</a></li>
          ${
            article.category
              ? html`<li>
                  <a href="${paths.topic(article.category.slug)}">${article.category.name}</a>
                </li>`
              : ''
          }
        </ol>
      </nav>
      <article class="article" aria-labelledby="article-title">
        <h1 id="article-title">${article.title}</h1>
        <p class="muted">
          Updated
          <time datetime="${article.updatedAt.toISOString()}"
            >${dateFormat.format(article.updatedAt)}</time
          >
        </p>
        ${raw(article.html)}
      </article>
      ${voteSection(paths.vote(article.slug), options.voted)}
      ${
        article.related.length
          ? html`<section aria-labelledby="related-title">
              <h2 id="related-title">Related articles</h2>
              <ul class="links">
                ${article.related.map((r) => html`<li><a href="${paths.article(r.slug)}">${r.title}</a></li>`)}
              </ul>
            </section>`
          : ''
      }`,
  });
}

/** "Was this helpful?" as a plain POST form: it works without JavaScript. */
function voteSection(action: string, voted: Vote | undefined) {
  const body =
    voted === 'yes'
      ? html`<p role="status">Thanks for letting us know!</p>`
      : voted === 'no'
        ? html`<p role="status">
            Thanks, we'll use that to improve this article.
            <a href="#contact" data-parley-open>Ask us your question</a> and a person will help.
          </p>`
        : html`<form method="post" action="${action}">
            <button type="submit" name="vote" value="yes">Yes</button>
            <button type="submit" name="vote" value="no">No</button>
          </form>`;
  return html`<section class="vote" id="feedback" aria-labelledby="vote-title">
    <h2 id="vote-title">Was this helpful?</h2>
    ${body}
  </section>`;
}
