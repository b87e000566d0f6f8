import type { ComponentChildren } from 'preact';
import { HANDOVER_REASONS, METRIC_DEFINITIONS } from '../../shared/metric-definitions.js';
import type { AnswerFirstMetrics, Share } from '../../shared/schemas/metrics.js';

/** "62%", or a dash when there is nothing to divide by yet. */
export const percent = (rate: number | null) =>
  rate === null ? '—' : `${Math.round(rate * 100)}%`;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

interface FigureProps {
  title: string;
  rate: number | null;
  /** What the rate is made of, in counts. */
  detail: string;
  /** A finer breakdown of the counts, when there is one. */
  breakdown?: string;
  definition: string;
  children?: ComponentChildren;
}

function Figure({ title, rate, detail, breakdown, definition, children }: FigureProps) {
  return (
    <article class="card figure" aria-label={title}>
      <h2>{title}</h2>
      <p class="figure-value">{percent(rate)}</p>
      <p class="figure-detail">{detail}</p>
      {breakdown && <p class="muted small">{breakdown}</p>}
      {children}
      <p class="muted small figure-definition">{definition}</p>
    </article>
  );
}

/** Handed-over conversations by reason, as a table with a bar drawn in CSS. */
function ReasonBars({ reasons }: { reasons: (Share & { reason: string })[] }) {
  if (!reasons.length) return null;
  return (
    <table class="bars">
      <caption class="visually-hidden">Handed to people, by reason</caption>
      <thead class="visually-hidden">
        <tr>
          <th scope="col">Reason</th>
          <th scope="col">Conversations</th>
          <th scope="col">Share</th>
        </tr>
      </thead>
      <tbody>
        {reasons.map((r) => (
          <tr key={r.reason}>
            <th scope="row">{HANDOVER_REASONS[r.reason] ?? r.reason}</th>
            <td class="bars-count">{r.count}</td>
            <td class="bars-share">
              <span class="bar" aria-hidden="true">
                <span style={{ width: `${Math.round((r.rate ?? 0) * 100)}%` }} />
              </span>
              {percent(r.rate)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The four headline figures, each with its counts and one-line definition. */
export function InsightsFigures({ metrics }: { metrics: AnswerFirstMetrics }) {
  const { automatedResolution: ar, escalation, answers } = metrics;
  return (
    <div class="figures">
      {ar.assistantFirst === 0 && (
        <p class="empty-note">No questions reached the assistant in this period.</p>
      )}
      <Figure
        title="Automated resolution"
        rate={ar.rate}
        detail={`${ar.resolved} of ${plural(ar.considered, 'decided conversation')} resolved`}
        breakdown={
          `${ar.confirmed} confirmed · ${ar.silent} did not come back · ` +
          `${ar.pending} pending (less than 24 hours old)`
        }
        definition={METRIC_DEFINITIONS.automatedResolution}
      />
      <Figure
        title="Escalation rate"
        rate={escalation.rate}
        detail={`${escalation.count} of ${plural(escalation.of, 'assistant conversation')} handed to people`}
        definition={METRIC_DEFINITIONS.escalation}
      >
        <ReasonBars reasons={escalation.byReason} />
      </Figure>
      <Figure
        title="Declined answers"
        rate={answers.declined.rate}
        detail={`${answers.declined.count} of ${plural(answers.declined.of, 'reply', 'replies')}`}
        definition={METRIC_DEFINITIONS.declined}
      />
      <Figure
        title="Answer helpfulness"
        rate={answers.helpful.rate}
        detail={`${answers.helpful.count} of ${plural(answers.helpful.of, 'rated answer')} helped`}
        definition={METRIC_DEFINITIONS.helpfulness}
      />
    </div>
  );
}
