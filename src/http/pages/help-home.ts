import { html } from 'hono/html';
import type { HelpCenter } from '../../core/kb/help-center/find-help-center.js';
import { OTHER_TOPIC, type HelpTopic } from '../../core/kb/help-center/list-help-topics.js';
import { helpLayout } from './help-layout.js';
import { helpPaths } from './help-urls.js';

/** `/help/:workspace`: the search box and every category with its articles. */
export function helpHomePage(
  center: HelpCenter,
  topics: HelpTopic[],
  origin: string,
  searchLang?: string,
) {
  const paths = helpPaths(center.publicKey);
  const main = topics.length
    ? html`<ul class="topics">
        ${topics.map((t) => topicCard(t, paths))}
      </ul>`
    : html`<p>There are no help articles here yet.</p>`;
  return helpLayout({
    center,
    title: `${center.name} Help Center`,
    description: `Answers from ${center.name}: guides and help articles${topicNames(topics)}.`,
    canonical: origin + paths.home,
    hero: true,
    searchLang,
    main,
  });
}

function topicCard(topic: HelpTopic, paths: ReturnType<typeof helpPaths>) {
  const more = topic.total - topic.articles.length;
  const topicPath = paths.topic(topic.slug ?? OTHER_TOPIC.slug);
  return html`<li class="topic">
    <h2>${topic.name}</h2>
    <ul>
      ${topic.articles.map((a) => html`<li><a href="${paths.article(a.slug)}">${a.title}</a></li>`)}
    </ul>
    ${
      more > 0
        ? html`<p><a href="${topicPath}">All ${topic.total} articles in ${topic.name}</a></p>`
        : ''
    }
  </li>`;
}

const topicNames = (topics: HelpTopic[]) => {
  const named = topics.filter((t) => t.slug).map((t) => t.name.toLowerCase());
  return named.length ? ` on ${named.slice(0, 5).join(', ')}` : '';
};
