import { useEffect, useId, useState } from 'preact/hooks';
import { SLOT_LENGTHS } from '../../shared/callback-labels.js';
import type { CallbackSettings } from '../../shared/schemas/callbacks.js';
import type { TeamView } from '../../shared/schemas/routing.js';
import type { Api } from '../api.js';
import { Alert, Notice } from '../components/alert.js';
import { useGet } from '../use-get.js';

type NumberKey = {
  [K in keyof CallbackSettings]: CallbackSettings[K] extends number ? K : never;
}[keyof CallbackSettings];

const NUMBERS: [NumberKey, string, number, number][] = [
  ['promiseMinutes', '“Call me now” within (minutes)', 1, 240],
  ['daysAhead', 'Days ahead to book', 1, 14],
  ['maxAttempts', 'Calls when nobody answers', 1, 10],
  ['retryMinutes', 'Minutes between those calls', 1, 1440],
  ['reminderMinutes', 'Email reminder before (minutes, 0: none)', 0, 1440],
  ['alternativesMinutes', 'Offer alternatives above a wait of (minutes)', 1, 480],
];

/**
 * How the workspace takes callbacks: on or off, the default country for numbers, the promise
 * for "now", slots, the retry policy, the reminder, the queue's alternatives threshold and the
 * team that calls. Owners and admins change it.
 */
export function CallbackSettingsCard({ api, canEdit }: { api: Api; canEdit: boolean }) {
  const id = useId();
  const [loaded] = useGet<CallbackSettings>(api, '/callback-settings');
  const [teams] = useGet<{ teams: TeamView[] }>(api, '/teams');
  const [s, setS] = useState<CallbackSettings>();
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState<string>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (loaded.status === 'ok') setS(loaded.data);
  }, [loaded]);
  const edit = (change: Partial<CallbackSettings>) => {
    setS((p) => p && { ...p, ...change });
    setSaved(undefined);
  };
  const save = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    const result = await api.put<CallbackSettings>('/callback-settings', s);
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    setError(undefined);
    setS(result.data);
    setSaved('Saved. The widget offers calls by these settings from now on.');
  };

  return (
    <section class="card cb-settings" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Calls back</h2>
      <p class="muted">
        Customers leave a number in the widget and are called now, when someone can call within the
        promise, or at a time booked from the free places of agents with the voice skill.
      </p>
      {!canEdit && <p class="muted small">Only owners and admins can change this.</p>}
      <Alert error={loaded.status === 'error' ? loaded.error : error} />
      {s && (
        <form onSubmit={save} noValidate>
          <fieldset class="cb-form" disabled={!canEdit || busy}>
            <label class="check">
              <input
                type="checkbox"
                checked={s.enabled}
                onChange={(e) => edit({ enabled: e.currentTarget.checked })}
              />
              <span>Offer “Call me back” in the widget</span>
            </label>
            <div class="cb-field">
              <label for={`${id}-country`}>Default country (for numbers without +)</label>
              <input
                id={`${id}-country`}
                value={s.defaultCountry}
                maxLength={2}
                autoCapitalize="characters"
                onInput={(e) => edit({ defaultCountry: e.currentTarget.value.toUpperCase() })}
              />
            </div>
            <div class="cb-field">
              <label for={`${id}-slot`}>Slot length</label>
              <select
                id={`${id}-slot`}
                value={s.slotMinutes}
                onChange={(e) => edit({ slotMinutes: Number(e.currentTarget.value) })}
              >
                {SLOT_LENGTHS.map((n) => (
                  <option key={n} value={n}>
                    {n} minutes
                  </option>
                ))}
              </select>
            </div>
            {NUMBERS.map(([key, label, min, max]) => (
              <div class="cb-field" key={key}>
                <label for={`${id}-${key}`}>{label}</label>
                <input
                  id={`${id}-${key}`}
                  type="number"
                  min={min}
                  max={max}
                  value={s[key]}
                  onInput={(e) => edit({ [key]: Number(e.currentTarget.value) })}
                />
              </div>
            ))}
            <div class="cb-field">
              <label for={`${id}-team`}>Team that calls</label>
              <select
                id={`${id}-team`}
                aria-describedby={`${id}-team-hint`}
                value={s.teamId ?? ''}
                onChange={(e) => edit({ teamId: e.currentTarget.value || null })}
              >
                <option value="">Any team</option>
                {teams.status === 'ok' &&
                  teams.data.teams.map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.name}
                    </option>
                  ))}
              </select>
              <p class="hint" id={`${id}-team-hint`}>
                Calls waiting in the queue go to this team’s members, by its required skills: give
                it the voice skill. With no team, slots count agents with the voice skill, but the
                queue may hand a call to anyone with room for one.
              </p>
            </div>
            {canEdit && (
              <button type="submit" class="button primary" disabled={busy}>
                {busy ? 'Saving…' : 'Save call settings'}
              </button>
            )}
          </fieldset>
          <Notice message={saved} />
        </form>
      )}
    </section>
  );
}
