import { METRIC_DEFINITIONS } from '../../shared/metric-definitions.js';
import type { AnswerFirstMetrics, ArticleStat } from '../../shared/schemas/metrics.js';
import { RouteLink } from '../components/route-link.js';
import { articlePath } from '../router.js';

type Articles = AnswerFirstMetrics['articles'];

function ArticleTable({
  caption,
  rows,
  empty,
}: {
  caption: string;
  rows: ArticleStat[];
  empty: string;
}) {
  return (
    <div class="article-table">
      <h3>{caption}</h3>
      {rows.length === 0 ? (
        <p class="muted small">{empty}</p>
      ) : (
        <table>
          <caption class="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Article</th>
              <th scope="col" class="num">
                Helpful
              </th>
              <th scope="col" class="num">
                Not helpful
              </th>
              <th scope="col" class="num">
                Cited
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => (
              <tr key={a.id}>
                <th scope="row">
                  {/* Opens the article's editor: the place to fix one that does not help. */}
                  <RouteLink href={articlePath(a.id)}>{a.title}</RouteLink>
                  {a.status === 'draft' && <span class="badge kb-draft">Draft</span>}
                </th>
                <td class="num">{a.helpful}</td>
                <td class="num">{a.notHelpful}</td>
                <td class="num">{a.cited}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

/** Which articles help, which need work, and which the assistant leans on most. */
export function InsightsArticles({ articles }: { articles: Articles }) {
  return (
    <section class="card" aria-labelledby="article-helpfulness">
      <h2 id="article-helpfulness">Article helpfulness</h2>
      <p class="muted small">{METRIC_DEFINITIONS.articles}</p>
      <ArticleTable
        caption="Most helpful"
        rows={articles.top}
        empty="No article has more helpful than unhelpful votes yet."
      />
      <ArticleTable
        caption="Least helpful"
        rows={articles.bottom}
        empty="No article has mostly unhelpful votes."
      />
      <ArticleTable
        caption="Most cited by the assistant"
        rows={articles.mostCited}
        empty="The assistant cited no article in this period."
      />
    </section>
  );
}
