import { useEffect, useRef, useState } from 'preact/hooks';
import type { DashboardView } from '../../shared/schemas/dashboard.js';
import type { TeamView } from '../../shared/schemas/routing.js';
import type { Api } from '../api.js';
import { Alert } from '../components/alert.js';
import { RouteLink } from '../components/route-link.js';
import { formatDate } from '../format.js';
import { tabPath } from '../router.js';
import { useGet } from '../use-get.js';
import { apiQuery, filterSearch, periodProblem, readFilter } from './dashboard-filter.js';
import { DashboardFilters } from './dashboard-filters.js';
import { DashboardNps } from './dashboard-nps.js';
import { DashboardRates, DashboardScore } from './dashboard-scores.js';
import { DashboardLoops, DashboardTopics } from './dashboard-topics.js';

/**
 * The voice-of-the-customer dashboard (Feedback → Dashboard): NPS, CSAT, CES and the CX index
 * with their trends, response rates, top topics, follow-ups and improvements, for a period,
 * team and channel kept in the URL so a link shows someone else the same view.
 */
export function Dashboard({ api }: { api: Api }) {
  const [filter, setFilter] = useState(() => readFilter(location.search));
  const [teams] = useGet<{ teams: TeamView[] }>(api, '/teams');
  const valid = !periodProblem(filter);
  const [shown, setShown] = useState(() => apiQuery(filter));
  const [view] = useGet<DashboardView>(api, `/dashboard?${shown}`);
  const root = useRef<HTMLElement>(null);
  useEffect(() => {
    root.current?.querySelector<HTMLElement>('h1')?.focus();
    window.scrollTo(0, 0);
    const onPop = () => setFilter(readFilter(location.search));
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
  useEffect(() => {
    // The URL says what is shown; a half-typed custom period keeps the last good view.
    history.replaceState(null, '', location.pathname + filterSearch(filter));
    if (valid) setShown(apiQuery(filter));
  }, [filter]);

  return (
    <section class="dashboard" ref={root}>
      <RouteLink href={tabPath('feedback')} class="kb-back">
        ‹ Feedback
      </RouteLink>
      <div class="dash-head">
        <h1 tabIndex={-1}>Dashboard</h1>
        <a
          class="button secondary small"
          href={`/api/console/dashboard/export.csv?${shown}`}
          download
        >
          Export CSV
        </a>
      </div>
      <DashboardFilters
        filter={filter}
        teams={teams.status === 'ok' ? teams.data.teams : []}
        onChange={setFilter}
      />
      <Alert error={view.status === 'error' ? view.error : undefined} />
      {view.status === 'loading' && (
        <p class="muted" aria-busy="true">
          Counting…
        </p>
      )}
      {view.status === 'ok' && <DashboardBody view={view.data} />}
    </section>
  );
}

function DashboardBody({ view }: { view: DashboardView }) {
  const kind = (k: string) => view.kinds.find((x) => x.kind === k)!;
  const empty = view.kinds.every((k) => k.responses === 0 && k.offered === 0);
  const last = new Date(Date.parse(view.to) - 1).toISOString();
  return (
    <>
      <p class="muted small" aria-live="polite">
        Answers from {formatDate(view.from)} to {formatDate(last)}
        {view.team || view.channel ? ', in conversations matching the filters' : ''}.
      </p>
      {empty ? (
        <>
          <div class="card dash-empty">
            <h2>No answers in this period</h2>
            <p class="muted">
              Try a longer period, or all teams and channels. Answers not linked to a conversation
              (reviews, emailed NPS) count only without a team or channel filter.
            </p>
          </div>
          <DashboardLoops view={view} />
        </>
      ) : (
        <div class="dash-grid">
          <DashboardNps nps={kind('nps')} step={view.step} />
          <DashboardScore kind={kind('csat')} step={view.step} />
          <DashboardScore kind={kind('ces')} step={view.step} />
          <DashboardScore kind={kind('cx')} step={view.step} />
          <DashboardRates kinds={view.kinds} />
          <DashboardTopics topics={view.topics} />
          <DashboardScore kind={kind('review')} step={view.step} />
          <DashboardLoops view={view} />
        </div>
      )}
    </>
  );
}
