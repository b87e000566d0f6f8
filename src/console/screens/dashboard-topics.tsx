import type { ChartConfiguration } from 'chart.js';
import { useMemo } from 'preact/hooks';
import { IMPROVEMENT_STATUSES, IMPROVEMENT_STATUS_LABELS } from '../../shared/outer-loop-labels.js';
import type { DashboardTopic, DashboardView } from '../../shared/schemas/dashboard.js';
import { COLORS, ChartBox } from './dashboard-chart.js';

const share = (t: DashboardTopic) => `${Math.round(t.negativeShare * 100)}%`;

/** Topics customers wrote about most, and those written about most negatively. */
export function DashboardTopics({ topics }: { topics: DashboardView['topics'] }) {
  const volume = useMemo(
    (): ChartConfiguration => ({
      type: 'bar',
      data: {
        labels: topics.byVolume.map((t) => t.name),
        datasets: [
          {
            label: 'Negative',
            data: topics.byVolume.map((t) => t.negative),
            backgroundColor: COLORS.negative,
          },
          {
            label: 'Other',
            data: topics.byVolume.map((t) => t.texts - t.negative),
            backgroundColor: COLORS.neutral,
          },
        ],
      },
      options: {
        indexAxis: 'y',
        scales: {
          x: { stacked: true, beginAtZero: true, ticks: { precision: 0 } },
          y: { stacked: true },
        },
      },
    }),
    [topics],
  );
  const negative = useMemo(
    (): ChartConfiguration => ({
      type: 'bar',
      data: {
        labels: topics.byNegative.map((t) => t.name),
        datasets: [
          {
            label: 'Negative, %',
            data: topics.byNegative.map((t) => Math.round(t.negativeShare * 100)),
            backgroundColor: COLORS.negative,
          },
        ],
      },
      options: {
        indexAxis: 'y',
        plugins: { legend: { display: false } },
        scales: { x: { min: 0, max: 100 } },
      },
    }),
    [topics],
  );
  if (!topics.byVolume.length) {
    return (
      <article class="card dash-card dash-wide" aria-labelledby="dash-topics">
        <h2 id="dash-topics">Top topics</h2>
        <p class="muted small">No analysed texts in this period.</p>
      </article>
    );
  }
  const names = (list: DashboardTopic[], f: (t: DashboardTopic) => string) =>
    list.map((t) => `${t.name} ${f(t)}`).join(', ');
  return (
    <article class="card dash-card dash-wide" aria-labelledby="dash-topics">
      <h2 id="dash-topics">Top topics</h2>
      <div class="dash-pair">
        <figure>
          <figcaption>By volume</figcaption>
          <ChartBox
            config={volume}
            tall
            label={`Texts per topic: ${names(topics.byVolume, (t) => `${t.texts} (${t.negative} negative)`)}`}
          />
        </figure>
        <figure>
          <figcaption>By negative share (3 texts or more)</figcaption>
          {topics.byNegative.length ? (
            <ChartBox
              config={negative}
              tall
              label={`Negative share per topic: ${names(topics.byNegative, share)}`}
            />
          ) : (
            <p class="muted small">No topic with negative texts.</p>
          )}
        </figure>
      </div>
      <details>
        <summary>Topics as a table</summary>
        <table>
          <caption>Topics by volume</caption>
          <thead>
            <tr>
              <th scope="col">Topic</th>
              <th scope="col">Texts</th>
              <th scope="col">Negative</th>
              <th scope="col">Share</th>
            </tr>
          </thead>
          <tbody>
            {topics.byVolume.map((t) => (
              <tr key={t.id}>
                <td>{t.name}</td>
                <td>{t.texts}</td>
                <td>{t.negative}</td>
                <td>{share(t)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </article>
  );
}

/** What is being done: follow-ups to do now, and improvements by status. */
export function DashboardLoops({ view }: { view: DashboardView }) {
  const { followUps, improvements } = view;
  const config = useMemo(
    (): ChartConfiguration => ({
      type: 'bar',
      data: {
        labels: IMPROVEMENT_STATUSES.map((s) => IMPROVEMENT_STATUS_LABELS[s]),
        datasets: [
          {
            label: 'Improvements',
            data: IMPROVEMENT_STATUSES.map((s) => improvements[s]),
            backgroundColor: COLORS.brand,
          },
        ],
      },
      options: {
        plugins: { legend: { display: false } },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    }),
    [improvements],
  );
  const summary = IMPROVEMENT_STATUSES.map(
    (s) => `${IMPROVEMENT_STATUS_LABELS[s]} ${improvements[s]}`,
  ).join(', ');
  return (
    <article class="card dash-card" aria-labelledby="dash-loops">
      <h2 id="dash-loops">Follow-ups and improvements</h2>
      <dl class="dash-counts" aria-label="Follow-ups to do now">
        <div>
          <dt>Open</dt>
          <dd>{followUps.open}</dd>
        </div>
        <div>
          <dt>Contacted</dt>
          <dd>{followUps.contacted}</dd>
        </div>
        <div class={followUps.overdue ? 'overdue' : ''}>
          <dt>Overdue</dt>
          <dd>{followUps.overdue}</dd>
        </div>
      </dl>
      <ChartBox config={config} label={`Improvements by status: ${summary}`} />
      <p class="muted small">
        As they stand now, whatever the period. Improvements are workspace-wide.
      </p>
    </article>
  );
}
