import { METRIC_DEFINITIONS } from '../../shared/metric-definitions.js';

const FIGURES: [string, string][] = [
  ['Automated resolution', METRIC_DEFINITIONS.automatedResolution],
  ['Escalation rate', METRIC_DEFINITIONS.escalation],
  ['Declined answers', METRIC_DEFINITIONS.declined],
  ['Answer helpfulness', METRIC_DEFINITIONS.helpfulness],
  ['Article helpfulness', METRIC_DEFINITIONS.articles],
  ['Period', METRIC_DEFINITIONS.period],
];

/**
 * The definitions behind every figure, where the screen's "How each figure is measured" link
 * lands. The outcome rules are the short form of docs/metrics.md, which has them in full.
 */
export function InsightsDefinitions() {
  return (
    <section class="card definitions" id="definitions" aria-labelledby="definitions-heading">
      <h2 id="definitions-heading">How each figure is measured</h2>
      <dl class="definition-list">
        {FIGURES.map(([name, text]) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd>{text}</dd>
          </div>
        ))}
      </dl>
      <h3>How a conversation the assistant took first ends</h3>
      <p class="muted small">Each gets one outcome, checked in this order:</p>
      <ol class="outcomes">
        <li>
          <strong>Handed over</strong>: it was ever passed from the assistant to people.
        </li>
        <li>
          <strong>Confirmed</strong>: the customer said an answer helped. Resolved.
        </li>
        <li>
          <strong>Came back</strong>: the customer wrote again within 24 hours of the last answer.
          Not resolved.
        </li>
        <li>
          <strong>Pending</strong>: less than 24 hours since the last answer. Not counted yet.
        </li>
        <li>
          <strong>Not resolved</strong>: no answer, a decline, or a last answer rated not helpful.
        </li>
        <li>
          <strong>Did not come back</strong>: none of the above after 24 hours. Resolved.
        </li>
      </ol>
      <p class="muted small">
        The full definitions are in <code>docs/metrics.md</code> in Parley’s source.
      </p>
    </section>
  );
}
