import { useEffect, useRef, useState } from 'preact/hooks';
import type { SessionView } from '../../shared/schemas/auth.js';
import type { InvitationReport, InvitationRuleView } from '../../shared/schemas/invitations.js';
import type { TeamView } from '../../shared/schemas/routing.js';
import type { Api } from '../api.js';
import { Alert, Notice } from '../components/alert.js';
import { RouteLink } from '../components/route-link.js';
import { settingsPath } from '../router.js';
import { useGet } from '../use-get.js';
import { InvitationForm } from './invitation-form.js';
import { InvitationFigures } from './invitation-report.js';
import { PeriodPicker } from './insights-period.js';
import { Confirm } from './kb-parts.js';

/**
 * Settings → Proactive invitations (owners and admins): the rules, each with what it did over
 * the last 7, 30 or 90 days — shown, accepted, suppressed and why, conversion against holdout.
 */
export function Invitations({ api, session }: { api: Api; session: SessionView }) {
  const [days, setDays] = useState(30);
  const [rules, reloadRules] = useGet<{ rules: InvitationRuleView[] }>(api, '/invitation-rules');
  const [report, reloadReport] = useGet<InvitationReport>(api, `/invitation-report?days=${days}`);
  const [teams] = useGet<{ teams: TeamView[] }>(api, '/teams');
  /** The rule being edited: an id, 'new', or none. */
  const [editing, setEditing] = useState<string>();
  const [deleting, setDeleting] = useState<string>();
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const root = useRef<HTMLElement>(null);
  useEffect(() => {
    document.title = `Invitations · ${session.workspace.name} · Parley`;
    root.current?.querySelector<HTMLElement>('h1')?.focus();
    window.scrollTo(0, 0);
  }, []);

  const saved = (rule: InvitationRuleView) => {
    setEditing(undefined);
    setNotice(`Saved “${rule.name}”. Visitors see the change within five minutes.`);
    reloadRules();
    reloadReport();
  };
  const remove = async (rule: InvitationRuleView) => {
    setDeleting(undefined);
    const result = await api.del(`/invitation-rules/${rule.id}`);
    if (!result.ok) return setError(result.error.message);
    setNotice(`Deleted “${rule.name}”.`);
    reloadRules();
  };
  const teamList = teams.status === 'ok' ? teams.data.teams : [];
  const teamName = (id: string | null) =>
    teamList.find((t) => t.id === id)?.name ?? 'anyone on the team';
  const form = (rule?: InvitationRuleView) => (
    <InvitationForm
      api={api}
      rule={rule}
      teams={teamList}
      onSaved={saved}
      onCancel={() => setEditing(undefined)}
    />
  );

  return (
    <section class="insights invitations" ref={root}>
      <RouteLink href={settingsPath()} class="kb-back">
        ‹ Settings
      </RouteLink>
      <h1 tabIndex={-1}>Proactive invitations</h1>
      <p class="muted">
        A rule invites visitors who match it — but only while its team can answer a new chat within
        the promise; otherwise it stays quiet or offers the fallback. A holdout share is never
        invited, so conversion can be compared with visitors left alone.
      </p>
      <PeriodPicker days={days} onChange={setDays} />
      <Alert error={rules.status === 'error' ? rules.error : error} />
      <Notice message={notice} />
      {editing === 'new' ? (
        form()
      ) : (
        <button type="button" class="button primary" onClick={() => setEditing('new')}>
          New rule
        </button>
      )}
      {rules.status === 'ok' && rules.data.rules.length === 0 && editing !== 'new' && (
        <p class="muted">No rules yet: visitors are never invited.</p>
      )}
      {rules.status === 'ok' &&
        rules.data.rules.map((rule) => {
          if (editing === rule.id) return <div key={rule.id}>{form(rule)}</div>;
          const figures =
            report.status === 'ok'
              ? report.data.rules.find((r) => r.ruleId === rule.id)
              : undefined;
          return (
            <article key={rule.id} class="card" aria-labelledby={`rule-${rule.id}`}>
              <h2 id={`rule-${rule.id}`}>
                {rule.name} {!rule.enabled && <span class="badge unverified">Off</span>}
              </h2>
              <p>“{rule.message}”</p>
              <p class="muted small">
                To {teamName(rule.teamId)} · answer within {rule.maxWaitMinutes} min · holdout{' '}
                {rule.holdoutPercent} %
              </p>
              {figures && <InvitationFigures report={figures} goal={rule.goalEvent} />}
              {deleting === rule.id ? (
                <Confirm
                  label={`Delete ${rule.name}?`}
                  message="Delete the rule and its report? Turning it off keeps the report."
                  confirm="Delete"
                  danger
                  onConfirm={() => void remove(rule)}
                  onCancel={() => setDeleting(undefined)}
                />
              ) : (
                <div class="actions">
                  <button
                    type="button"
                    class="button secondary small"
                    onClick={() => setEditing(rule.id)}
                  >
                    Change
                  </button>
                  <button
                    type="button"
                    class="button secondary small"
                    onClick={() => setDeleting(rule.id)}
                  >
                    Delete
                  </button>
                </div>
              )}
            </article>
          );
        })}
    </section>
  );
}
