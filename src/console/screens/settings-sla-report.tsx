import { useId, useState } from 'preact/hooks';
import { PRIORITY_LABELS, SLA_METRIC_LABELS, type SlaReportRow } from '../../shared/sla-labels.js';
import type { Api } from '../api.js';
import { Alert } from '../components/alert.js';
import { useGet } from '../use-get.js';

const DAY_MS = 86_400_000;
const dateOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const percent = (rate: number | null) => (rate === null ? '–' : `${Math.round(rate * 100)}%`);
const minutes = (m: number | null) => (m === null ? '–' : `${m} min`);

/** Per metric and priority, over the clocks started in the period: met, breached, the median. */
export function SlaReport({ api }: { api: Api }) {
  const id = useId();
  const [from, setFrom] = useState(() => dateOf(Date.now() - 6 * DAY_MS));
  const [to, setTo] = useState(() => dateOf(Date.now()));
  // The period includes its last day: the server's `to` is exclusive.
  const end = to ? dateOf(Date.parse(to) + DAY_MS) : '';
  const [report] = useGet<{ rows: SlaReportRow[] }>(api, `/sla-report?from=${from}&to=${end}`);
  const rows = report.status === 'ok' ? report.data.rows : [];

  return (
    <div class="sla-report">
      <h3 id={`${id}-h`}>Report</h3>
      <div class="sla-period">
        <label>
          <span>From</span>
          <input type="date" value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
        </label>
        <label>
          <span>To</span>
          <input type="date" value={to} onChange={(e) => setTo(e.currentTarget.value)} />
        </label>
      </div>
      <Alert error={report.status === 'error' ? report.error : undefined} />
      {report.status === 'ok' && rows.length === 0 && (
        <p class="muted">No SLA clocks with a target started in this period.</p>
      )}
      {rows.length > 0 && (
        <table aria-labelledby={`${id}-h`}>
          <thead>
            <tr>
              <th scope="col">Metric</th>
              <th scope="col">Priority</th>
              <th scope="col" class="num">
                Targets
              </th>
              <th scope="col" class="num">
                Met
              </th>
              <th scope="col" class="num">
                Breached
              </th>
              <th scope="col" class="num">
                Breach rate
              </th>
              <th scope="col" class="num">
                Median time
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.metric}-${r.priority}`}>
                <th scope="row">{SLA_METRIC_LABELS[r.metric]}</th>
                <td>{PRIORITY_LABELS[r.priority]}</td>
                <td class="num">{r.targets}</td>
                <td class="num">{r.met}</td>
                <td class="num">{r.breached}</td>
                <td class="num">{percent(r.breachRate)}</td>
                <td class="num">{minutes(r.medianMinutes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
