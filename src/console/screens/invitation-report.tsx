import type {
  ConversionGroup,
  RuleReport,
  SuppressReason,
} from '../../shared/schemas/invitations.js';

const REASONS: Record<SuppressReason, string> = {
  no_capacity: 'Nobody free within the promise',
  outside_hours: 'Outside the team’s hours',
  frequency_cap: 'Already invited (frequency cap)',
  dismissed_recently: 'Dismissed one recently',
  holdout: 'Held out (control group)',
};

const percent = (rate: number | null) =>
  rate === null ? '—' : `${Math.round(rate * 1000) / 10} %`;

function groupLine(label: string, g: ConversionGroup) {
  return `${label}: ${g.converted} of ${g.visitors} converted (${percent(g.rate)})`;
}

/** What the uplift means, in words: its size, and whether chance could explain it. */
function verdict(c: RuleReport['conversion']): string {
  if (c.upliftPoints === null) return 'Uplift: needs visitors in both groups.';
  const sign = c.upliftPoints >= 0 ? '+' : '−';
  const points = `${sign}${Math.abs(Math.round(c.upliftPoints * 10) / 10)} points`;
  const relative =
    c.upliftRelative === null ? '' : ` (${sign}${Math.abs(Math.round(c.upliftRelative * 100))} %)`;
  const sure =
    c.z !== null && Math.abs(c.z) >= 1.96
      ? 'unlikely to be chance (95 %)'
      : 'could still be chance: more visitors needed';
  return `Uplift: ${points}${relative}, ${sure}.`;
}

/** One rule's figures over the chosen period. */
export function InvitationFigures({ report, goal }: { report: RuleReport; goal: string }) {
  const reasons = (Object.keys(REASONS) as SuppressReason[]).filter((r) => report.suppressed[r]);
  const acceptance = report.shown ? report.accepted / report.shown : null;
  return (
    <div class="invitation-figures">
      <dl class="facts">
        <dt>Eligible visitors</dt>
        <dd>{report.eligible}</dd>
        <dt>Shown</dt>
        <dd>{report.shown}</dd>
        <dt>Accepted</dt>
        <dd>
          {report.accepted} ({percent(acceptance)})
        </dd>
        <dt>Dismissed</dt>
        <dd>{report.dismissed}</dd>
        <dt>Conversations started</dt>
        <dd>{report.conversations}</dd>
        {report.fallback > 0 && (
          <>
            <dt>Fallback offered</dt>
            <dd>{report.fallback}</dd>
          </>
        )}
      </dl>
      <h4>Not shown, and why</h4>
      {reasons.length === 0 ? (
        <p class="muted small">Nothing suppressed.</p>
      ) : (
        <ul class="invitation-reasons">
          {reasons.map((r) => (
            <li key={r}>
              {REASONS[r]}: {report.suppressed[r]}
            </li>
          ))}
        </ul>
      )}
      <h4>Conversion (“{goal}”)</h4>
      <p class="small">
        {groupLine('Shown', report.conversion.shown)}
        <br />
        {groupLine('Holdout', report.conversion.holdout)}
        <br />
        {verdict(report.conversion)}
      </p>
    </div>
  );
}
