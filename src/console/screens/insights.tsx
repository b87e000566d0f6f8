import { useEffect, useRef, useState } from 'preact/hooks';
import type { SessionView } from '../../shared/schemas/auth.js';
import type { AnswerFirstMetrics } from '../../shared/schemas/metrics.js';
import type { Api } from '../api.js';
import { Alert } from '../components/alert.js';
import { RouteLink } from '../components/route-link.js';
import { formatDate } from '../format.js';
import { settingsPath } from '../router.js';
import { useGet } from '../use-get.js';
import { InsightsArticles } from './insights-articles.js';
import { InsightsDefinitions } from './insights-definitions.js';
import { InsightsFigures } from './insights-figures.js';
import { PeriodPicker } from './insights-period.js';

const DAY_MS = 86_400_000;

/** The start of the last `days` days; made once per choice so the request path stays put. */
const since = (days: number) => ({
  days,
  from: new Date(Date.now() - days * DAY_MS).toISOString(),
});

/**
 * Insights (Settings → Insights): how well the assistant and the help articles answer
 * customers, over the last 7, 30 or 90 days, each figure with its definition.
 */
export function Insights({ api, session }: { api: Api; session: SessionView }) {
  const [period, setPeriod] = useState(() => since(30));
  const [metrics] = useGet<AnswerFirstMetrics>(
    api,
    `/metrics/answer-first?from=${encodeURIComponent(period.from)}`,
  );
  const root = useRef<HTMLElement>(null);
  useEffect(() => {
    document.title = `Insights · ${session.workspace.name} · Parley`;
    // A page of its own: keyboard and screen reader users start at its heading.
    root.current?.querySelector<HTMLElement>('h1')?.focus();
    window.scrollTo(0, 0);
  }, []);

  return (
    <section class="insights" ref={root}>
      <RouteLink href={settingsPath()} class="kb-back">
        ‹ Settings
      </RouteLink>
      <h1 tabIndex={-1}>Insights</h1>
      <p class="muted">
        How well the assistant and your help articles answer customers.{' '}
        <a href="#definitions">How each figure is measured</a>
      </p>
      <PeriodPicker days={period.days} onChange={(days) => setPeriod(since(days))} />
      <Alert error={metrics.status === 'error' ? metrics.error : undefined} />
      {metrics.status === 'loading' && (
        <p class="muted" aria-busy="true">
          Counting…
        </p>
      )}
      {metrics.status === 'ok' && (
        <>
          <p class="muted small insights-range">
            Conversations and answers from {formatDate(metrics.data.period.from)} to{' '}
            {formatDate(metrics.data.period.to)}.
          </p>
          <InsightsFigures metrics={metrics.data} />
          <InsightsArticles articles={metrics.data.articles} />
        </>
      )}
      <InsightsDefinitions />
    </section>
  );
}
