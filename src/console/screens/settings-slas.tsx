import { useEffect, useId, useState } from 'preact/hooks';
import { PRIORITY_LABELS, SLA_METRIC_LABELS, type SlaPolicyView } from '../../shared/sla-labels.js';
import type { Api } from '../api.js';
import { Alert, Notice } from '../components/alert.js';
import { useGet } from '../use-get.js';
import { SlaReport } from './settings-sla-report.js';

type MinutesKey = 'firstResponseMinutes' | 'nextResponseMinutes' | 'resolutionMinutes';
const COLUMNS: [MinutesKey, string][] = [
  ['firstResponseMinutes', SLA_METRIC_LABELS.first_response],
  ['nextResponseMinutes', SLA_METRIC_LABELS.next_response],
  ['resolutionMinutes', SLA_METRIC_LABELS.resolution],
];

/** An empty box means no target; anything else is sent as typed, so the server can say why not. */
const minutesOf = (text: string): number | null => (text.trim() === '' ? null : Number(text));

/**
 * Service-level targets per priority — first response, next response, resolution, in minutes —
 * whether they count only the team's business hours, and how early to warn; then the report.
 */
export function SlaSettings({ api, canEdit }: { api: Api; canEdit: boolean }) {
  const id = useId();
  const [loaded] = useGet<{ policies: SlaPolicyView[] }>(api, '/sla-policies');
  const [policies, setPolicies] = useState<SlaPolicyView[]>();
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState<string>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (loaded.status === 'ok') setPolicies(loaded.data.policies);
  }, [loaded]);

  const edit = (index: number, change: Partial<SlaPolicyView>) => {
    setPolicies((list) => list?.map((p, i) => (i === index ? { ...p, ...change } : p)));
    setSaved(undefined);
  };
  const save = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    const result = await api.put<{ policies: SlaPolicyView[] }>('/sla-policies', { policies });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    setError(undefined);
    setPolicies(result.data.policies);
    setSaved('Saved. Running clocks now count to these targets.');
  };

  return (
    <section class="card sla-settings" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Service levels (SLAs)</h2>
      <p class="muted">
        Targets in minutes for each priority. Leave a box empty for no target. The inbox warns
        before a target is missed and marks it when it is.
      </p>
      {!canEdit && <p class="muted small">Only owners and admins can change this.</p>}
      <Alert error={loaded.status === 'error' ? loaded.error : error} />
      {policies && (
        <form onSubmit={save} noValidate>
          <fieldset class="sla-form" disabled={!canEdit || busy}>
            <legend class="visually-hidden">Targets per priority</legend>
            {policies.map((p, i) => (
              <div
                class="sla-policy"
                key={p.priority}
                role="group"
                aria-label={PRIORITY_LABELS[p.priority]}
              >
                <h3>{PRIORITY_LABELS[p.priority]}</h3>
                {COLUMNS.map(([key, label]) => (
                  <label class="sla-field" key={key}>
                    <span>{label} (min)</span>
                    <input
                      type="number"
                      min={1}
                      inputMode="numeric"
                      value={p[key] ?? ''}
                      onInput={(e) => edit(i, { [key]: minutesOf(e.currentTarget.value) })}
                    />
                  </label>
                ))}
                <label class="sla-field">
                  <span>Warn before (min)</span>
                  <input
                    type="number"
                    min={0}
                    inputMode="numeric"
                    value={p.warnBeforeMinutes}
                    onInput={(e) => edit(i, { warnBeforeMinutes: Number(e.currentTarget.value) })}
                  />
                </label>
                <label class="check">
                  <input
                    type="checkbox"
                    checked={p.businessHours}
                    onChange={(e) => edit(i, { businessHours: e.currentTarget.checked })}
                  />
                  <span>Count business hours only</span>
                </label>
              </div>
            ))}
            {canEdit && (
              <button type="submit" class="button primary" disabled={busy}>
                {busy ? 'Saving…' : 'Save SLA targets'}
              </button>
            )}
          </fieldset>
          <Notice message={saved} />
        </form>
      )}
      <SlaReport api={api} />
    </section>
  );
}
