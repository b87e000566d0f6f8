import { html } from 'hono/html';
import type { HelpCenter } from '../../core/kb/help-center/find-help-center.js';
import { OTHER_TOPIC, type HelpTopic } from '../../core/kb/help-center/list-help-topics.js';
import { helpLayout } from './help-layout.js';
import { helpPaths } from './help-urls.js';

/** `/help/:workspace/categories/:slug`: every published article of one category. */
export function helpTopicPage(center: HelpCenter, topic: HelpTopic, origin: string) {
  const paths = helpPaths(center.publicKey);
  return helpLayout({
    center,
    title: `${topic.name} · ${center.name} Help Center`,
    description: `${topic.total} help articles from ${center.name} about ${topic.name.toLowerCase()}.`,
    canonical: origin + paths.topic(topic.slug ?? OTHER_TOPIC.slug),
    main: html`<nav class="crumbs" aria-label="Breadcrumb">
        <ol>
          <li><a href="${paths.home}">Help center</a></li>
          <li><span aria-current="page">${topic.name}</span></li>
        </ol>
      </nav>
      <h1>${topic.name}</h1>
      <ul class="links">
        ${topic.articles.map((a) => html`<li><a href="${paths.article(a.slug)}">${a.title}</a></li>`)}
      </ul>`,
  });
}
