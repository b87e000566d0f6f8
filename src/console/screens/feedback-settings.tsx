import { useEffect, useState } from 'preact/hooks';
import { TOUCHPOINTS, type Touchpoint } from '../../shared/feedback-kinds.js';
import type { SurveySettings } from '../../shared/schemas/surveys.js';
import type { Api, ApiError } from '../api.js';
import { Alert, Notice } from '../components/alert.js';
import { useGet } from '../use-get.js';

const TOUCHPOINT_LABELS: Record<Touchpoint, string> = {
  conversation_resolved: 'CSAT after a resolved conversation',
  case_resolved: 'CES after a resolved complaint case',
  relational: 'NPS and CX index sent to contacts',
};

type Loaded = SurveySettings & { emailEnabled: boolean };

/** Owners and admins: how often a customer may be asked, how many occasions, how fast to follow up. */
export function FeedbackSettings({ api, onLoaded }: { api: Api; onLoaded: (s: Loaded) => void }) {
  const [loaded] = useGet<Loaded>(api, '/feedback/settings');
  const [draft, setDraft] = useState<SurveySettings>();
  const [error, setError] = useState<ApiError>();
  const [saved, setSaved] = useState<string>();
  useEffect(() => {
    if (loaded.status !== 'ok') return;
    setDraft(loaded.data);
    onLoaded(loaded.data);
  }, [loaded]);

  if (!draft) return <Alert error={loaded.status === 'error' ? loaded.error : undefined} />;
  const number = (value: string) => (value === '' ? NaN : Number(value));
  const save = async (event: Event) => {
    event.preventDefault();
    setSaved(undefined);
    const result = await api.put<SurveySettings>('/feedback/settings', draft);
    if (!result.ok) return setError(result.error);
    setError(undefined);
    setDraft(result.data);
    setSaved('Survey settings saved.');
  };

  return (
    <form class="card fb-settings" onSubmit={save} aria-labelledby="survey-settings-heading">
      <h2 id="survey-settings-heading">Survey settings</h2>
      <Alert error={error} />
      <Notice message={saved} />
      <div class="field">
        <label for="fatigue-days">Days between surveys to one customer</label>
        <input
          id="fatigue-days"
          type="number"
          min={0}
          max={365}
          required
          value={draft.fatigueDays}
          onInput={(e) => setDraft({ ...draft, fatigueDays: number(e.currentTarget.value) })}
          aria-describedby="fatigue-hint"
        />
        <p class="hint" id="fatigue-hint">
          Across every kind of survey. 0 turns the cap off.
        </p>
      </div>
      <div class="field">
        <label for="follow-up-hours">Hours to follow up an unhappy answer</label>
        <input
          id="follow-up-hours"
          type="number"
          min={1}
          max={720}
          required
          value={draft.followUpHours}
          onInput={(e) => setDraft({ ...draft, followUpHours: number(e.currentTarget.value) })}
        />
      </div>
      <fieldset class="fb-sampling">
        <legend>Share of occasions surveyed</legend>
        {TOUCHPOINTS.map((t) => (
          <div class="field" key={t}>
            <label for={`sampling-${t}`}>{TOUCHPOINT_LABELS[t]} (%)</label>
            <input
              id={`sampling-${t}`}
              type="number"
              min={0}
              max={100}
              required
              value={Math.round(draft.sampling[t] * 100)}
              onInput={(e) =>
                setDraft({
                  ...draft,
                  sampling: { ...draft.sampling, [t]: number(e.currentTarget.value) / 100 },
                })
              }
            />
          </div>
        ))}
      </fieldset>
      <button type="submit" class="button primary">
        Save survey settings
      </button>
    </form>
  );
}
