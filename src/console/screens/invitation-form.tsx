import { useId, useState } from 'preact/hooks';
import type { Fallback, InvitationRuleView } from '../../shared/schemas/invitations.js';
import type { TeamView } from '../../shared/schemas/routing.js';
import type { Api } from '../api.js';
import { Alert } from '../components/alert.js';
import { InvitationConditions } from './invitation-conditions.js';
import { blankDraft, draftOf, FALLBACK_LABELS, inputOf, type Draft } from './invitation-draft.js';

interface Props {
  api: Api;
  /** The rule to change; a new one when absent. */
  rule?: InvitationRuleView;
  teams: TeamView[];
  onSaved: (rule: InvitationRuleView) => void;
  onCancel: () => void;
}

function NumberField(props: {
  id: string;
  label: string;
  value: number;
  min: number;
  max: number;
  onChange: (n: number) => void;
}) {
  return (
    <div class="case-field narrow">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="number"
        min={props.min}
        max={props.max}
        value={props.value}
        onInput={(e) => props.onChange(Number(e.currentTarget.value))}
      />
    </div>
  );
}

/** Writes or changes one invitation rule: what it says, when, to whom, and its promise. */
export function InvitationForm({ api, rule, teams, onSaved, onCancel }: Props) {
  const id = useId();
  const [d, setDraft] = useState<Draft>(() => (rule ? draftOf(rule) : blankDraft()));
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const edit = (change: Partial<Draft>) => setDraft((old) => ({ ...old, ...change }));

  const save = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    const body = inputOf(d);
    const result = rule
      ? await api.put<InvitationRuleView>(`/invitation-rules/${rule.id}`, body)
      : await api.post<InvitationRuleView>('/invitation-rules', body);
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    onSaved(result.data);
  };

  return (
    <form class="card invitation-form" onSubmit={save} noValidate aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{rule ? `Change “${rule.name}”` : 'New invitation rule'}</h2>
      <fieldset class="case-form" disabled={busy}>
        <div class="case-field">
          <label for={`${id}-name`}>Name</label>
          <input
            id={`${id}-name`}
            value={d.name}
            maxLength={80}
            onInput={(e) => edit({ name: e.currentTarget.value })}
          />
        </div>
        <label class="check">
          <input
            type="checkbox"
            checked={d.enabled}
            onChange={(e) => edit({ enabled: e.currentTarget.checked })}
          />
          <span>On</span>
        </label>
        <div class="case-field wide">
          <label for={`${id}-message`}>Message in the bubble</label>
          <textarea
            id={`${id}-message`}
            rows={2}
            maxLength={240}
            value={d.message}
            placeholder="Brewing your first batch? We can help you choose."
            onInput={(e) => edit({ message: e.currentTarget.value })}
          />
        </div>
        <div class="case-field">
          <label for={`${id}-team`}>Leads to</label>
          <select
            id={`${id}-team`}
            value={d.teamId}
            onChange={(e) => edit({ teamId: e.currentTarget.value })}
          >
            <option value="">Anyone on the team</option>
            {teams.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
        <div class="case-field">
          <label for={`${id}-topic`}>Opens</label>
          <select
            id={`${id}-topic`}
            value={d.topic}
            onChange={(e) => edit({ topic: e.currentTarget.value as Draft['topic'] })}
          >
            <option value="question">A question</option>
            <option value="complaint">A problem report</option>
            <option value="feedback">Feedback</option>
          </select>
        </div>
        <NumberField
          id={`${id}-wait`}
          label="Promise: answer within (minutes)"
          value={d.maxWaitMinutes}
          min={1}
          max={120}
          onChange={(maxWaitMinutes) => edit({ maxWaitMinutes })}
        />
        <div class="case-field">
          <label for={`${id}-fallback`}>When nobody can answer in time</label>
          <select
            id={`${id}-fallback`}
            value={d.fallback}
            onChange={(e) => edit({ fallback: e.currentTarget.value as Fallback })}
          >
            {Object.entries(FALLBACK_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        {d.fallback !== 'none' && (
          <div class="case-field wide">
            <label for={`${id}-fbmsg`}>Message instead (empty: a standard one)</label>
            <input
              id={`${id}-fbmsg`}
              value={d.fallbackMessage}
              maxLength={240}
              onInput={(e) => edit({ fallbackMessage: e.currentTarget.value })}
            />
          </div>
        )}
        <InvitationConditions id={id} draft={d} edit={edit} />
        <NumberField
          id={`${id}-cap`}
          label="At most once per (days)"
          value={d.capDays}
          min={0}
          max={365}
          onChange={(capDays) => edit({ capDays })}
        />
        <NumberField
          id={`${id}-dismiss`}
          label="Quiet after a dismissal (days)"
          value={d.dismissDays}
          min={0}
          max={365}
          onChange={(dismissDays) => edit({ dismissDays })}
        />
        <NumberField
          id={`${id}-holdout`}
          label="Holdout (% never shown)"
          value={d.holdoutPercent}
          min={0}
          max={50}
          onChange={(holdoutPercent) => edit({ holdoutPercent })}
        />
        <div class="case-field">
          <label for={`${id}-goal`}>Conversion event</label>
          <input
            id={`${id}-goal`}
            value={d.goalEvent}
            maxLength={64}
            onInput={(e) => edit({ goalEvent: e.currentTarget.value })}
          />
        </div>
        <NumberField
          id={`${id}-goal-days`}
          label="Counts within (days)"
          value={d.goalDays}
          min={1}
          max={90}
          onChange={(goalDays) => edit({ goalDays })}
        />
        <Alert error={error} />
        <div class="actions">
          <button type="submit" class="button primary" disabled={busy}>
            {busy ? 'Saving…' : 'Save rule'}
          </button>
          <button type="button" class="button secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </fieldset>
    </form>
  );
}
