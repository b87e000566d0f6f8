import type { ChartConfiguration } from 'chart.js';
import { useMemo } from 'preact/hooks';
import type { DashboardKind } from '../../shared/schemas/dashboard.js';
import { SURVEY_QUESTIONS } from '../../shared/survey-questions.js';
import { KIND_LABELS } from './feedback-format.js';
import { COLORS, ChartBox, shortDay } from './dashboard-chart.js';
import { TrendTable } from './dashboard-nps.js';

/** CSAT, CES, the CX index (and reviews): each one's average and its trend on its own scale. */
export function DashboardScore({ kind, step }: { kind: DashboardKind; step: 'day' | 'week' }) {
  const { min, max } = SURVEY_QUESTIONS[kind.kind].scale;
  const label = KIND_LABELS[kind.kind];
  const config = useMemo(
    (): ChartConfiguration => ({
      type: 'line',
      data: {
        labels: kind.trend.map((p) => shortDay(p.start)),
        datasets: [
          {
            label: `${label} average`,
            data: kind.trend.map((p) => p.value),
            borderColor: COLORS.brand,
            backgroundColor: COLORS.brand,
            spanGaps: true,
            clip: false,
          },
        ],
      },
      options: { plugins: { legend: { display: false } }, scales: { y: { min, max } } },
    }),
    [kind],
  );
  const id = `dash-${kind.kind}`;
  return (
    <article class="card dash-card" aria-labelledby={id}>
      <h2 id={id}>{label}</h2>
      <p class="dash-figure">
        <strong>{kind.average ?? '–'}</strong>
        <span class="muted small">
          average of {min}–{max} · {kind.responses} answer{kind.responses === 1 ? '' : 's'}
        </span>
      </p>
      {kind.responses > 0 ? (
        <>
          <ChartBox config={config} label={`${label} average per ${step}`} />
          <details>
            <summary>{label} as a table</summary>
            <TrendTable caption={`${label} trend`} kind={kind} step={step} />
          </details>
        </>
      ) : (
        <p class="muted small">No answers in this period.</p>
      )}
    </article>
  );
}

const percent = (rate: number | null) => (rate === null ? '–' : `${Math.round(rate * 100)}%`);

/** Answered surveys out of those offered, per kind (reviews are not offered, so not here). */
export function DashboardRates({ kinds }: { kinds: DashboardKind[] }) {
  const offered = kinds.filter((k) => k.kind !== 'review');
  const config = useMemo(
    (): ChartConfiguration => ({
      type: 'bar',
      data: {
        labels: offered.map((k) => KIND_LABELS[k.kind]),
        datasets: [
          {
            label: 'Answered, %',
            data: offered.map((k) =>
              k.responseRate === null ? 0 : Math.round(k.responseRate * 100),
            ),
            backgroundColor: COLORS.brand,
          },
        ],
      },
      options: {
        indexAxis: 'y',
        plugins: { legend: { display: false } },
        scales: { x: { min: 0, max: 100 } },
      },
    }),
    [kinds],
  );
  const summary = offered
    .map((k) => `${KIND_LABELS[k.kind]} ${percent(k.responseRate)}`)
    .join(', ');
  return (
    <article class="card dash-card" aria-labelledby="dash-rates">
      <h2 id="dash-rates">Response rates</h2>
      <p class="muted small">Surveys answered out of those offered in the period.</p>
      <ChartBox config={config} label={`Response rates: ${summary}`} />
      <table class="dash-table">
        <caption class="visually-hidden">Response rates</caption>
        <thead>
          <tr>
            <th scope="col">Survey</th>
            <th scope="col">Offered</th>
            <th scope="col">Answered</th>
            <th scope="col">Rate</th>
          </tr>
        </thead>
        <tbody>
          {offered.map((k) => (
            <tr key={k.kind}>
              <td>{KIND_LABELS[k.kind]}</td>
              <td>{k.offered}</td>
              <td>{k.answered}</td>
              <td>{percent(k.responseRate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
