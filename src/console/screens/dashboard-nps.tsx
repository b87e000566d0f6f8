import type { ChartConfiguration } from 'chart.js';
import { useMemo } from 'preact/hooks';
import type { DashboardKind } from '../../shared/schemas/dashboard.js';
import { COLORS, ChartBox, shortDay } from './dashboard-chart.js';

const groupOf = (score: number) =>
  score <= 6 ? 'detractor' : score <= 8 ? 'passive' : ('promoter' as const);
const GROUP_LABELS = { detractor: 'Detractor', passive: 'Passive', promoter: 'Promoter' };

/** NPS: the score, its distribution coloured by group, and its trend; each with a table. */
export function DashboardNps({ nps, step }: { nps: DashboardKind; step: 'day' | 'week' }) {
  const points = Object.entries(nps.distribution).map(([score, n]) => ({ score: +score, n }));
  const bars = useMemo(
    (): ChartConfiguration => ({
      type: 'bar',
      data: {
        labels: points.map((p) => String(p.score)),
        datasets: [
          {
            label: 'Answers',
            data: points.map((p) => p.n),
            backgroundColor: points.map((p) => COLORS[groupOf(p.score)]),
          },
        ],
      },
      options: {
        plugins: { legend: { display: false } },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    }),
    [nps],
  );
  const trend = useMemo(
    (): ChartConfiguration => ({
      type: 'line',
      data: {
        labels: nps.trend.map((p) => shortDay(p.start)),
        datasets: [
          {
            label: 'NPS',
            data: nps.trend.map((p) => p.value),
            borderColor: COLORS.brand,
            backgroundColor: COLORS.brand,
            spanGaps: true,
            clip: false,
          },
        ],
      },
      options: {
        plugins: { legend: { display: false } },
        scales: { y: { min: -100, max: 100 } },
      },
    }),
    [nps],
  );
  const count = (g: string) =>
    points.filter((p) => groupOf(p.score) === g).reduce((s, p) => s + p.n, 0);
  const summary = `NPS ${nps.nps ?? 'not known'}: ${count('promoter')} promoters, ${count('passive')} passives, ${count('detractor')} detractors`;
  return (
    <article class="card dash-card dash-wide" aria-labelledby="dash-nps">
      <h2 id="dash-nps">Net Promoter Score</h2>
      <p class="dash-figure">
        <strong>{nps.nps ?? '–'}</strong>
        <span class="muted small">
          {nps.responses} answer{nps.responses === 1 ? '' : 's'} · promoters (9–10) minus detractors
          (0–6), in %
        </span>
      </p>
      <div class="dash-pair">
        <figure>
          <figcaption>Distribution</figcaption>
          <ChartBox config={bars} label={summary} />
          <p class="dash-legend small" aria-hidden="true">
            <span class="detractor">Detractors 0–6</span>
            <span class="passive">Passives 7–8</span>
            <span class="promoter">Promoters 9–10</span>
          </p>
        </figure>
        <figure>
          <figcaption>Trend, per {step}</figcaption>
          <ChartBox config={trend} label={`NPS per ${step}`} />
        </figure>
      </div>
      <details>
        <summary>NPS as tables</summary>
        <table>
          <caption>NPS distribution</caption>
          <thead>
            <tr>
              <th scope="col">Score</th>
              <th scope="col">Group</th>
              <th scope="col">Answers</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.score}>
                <td>{p.score}</td>
                <td>{GROUP_LABELS[groupOf(p.score)]}</td>
                <td>{p.n}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <TrendTable caption="NPS trend" kind={nps} step={step} />
      </details>
    </article>
  );
}

/** A trend as a table: only the steps with answers, so a month stays readable. */
export function TrendTable({
  caption,
  kind,
  step,
}: {
  caption: string;
  kind: DashboardKind;
  step: 'day' | 'week';
}) {
  const rows = kind.trend.filter((p) => p.responses > 0);
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{step === 'week' ? 'Week of' : 'Day'}</th>
          <th scope="col">Answers</th>
          <th scope="col">{kind.kind === 'nps' ? 'NPS' : 'Average'}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((p) => (
          <tr key={p.start}>
            <td>{shortDay(p.start)}</td>
            <td>{p.responses}</td>
            <td>{p.value ?? '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
