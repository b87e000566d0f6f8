import { useEffect, useId, useState } from 'preact/hooks';
import {
  CALLBACK_OUTCOMES,
  OUTCOME_LABELS,
  type CallbackOutcome,
} from '../../shared/callback-labels.js';
import type { CallbackView, SlotView } from '../../shared/schemas/callbacks.js';
import type { Api } from '../api.js';
import { Alert } from '../components/alert.js';
import { clock } from '../format.js';

const HINTS: Record<CallbackOutcome, string> = {
  reached: 'Done: the callback is closed.',
  no_answer: 'We try again later, by the workspace’s retry policy.',
  rescheduled: 'The customer asked for another time.',
  wrong_number: 'Closed; the customer is asked for the right number.',
};

const dayOf = (iso: string) =>
  new Date(iso).toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short' });

/** After dialling: how the call went, a note, and for "rescheduled" the new time. */
export function CallbackOutcomeForm(props: {
  api: Api;
  callback: CallbackView;
  onSaved: (c: CallbackView) => void;
}) {
  const { api, callback } = props;
  const id = useId();
  const [outcome, setOutcome] = useState<CallbackOutcome>();
  const [note, setNote] = useState('');
  const [slot, setSlot] = useState('');
  const [slots, setSlots] = useState<SlotView[]>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (outcome !== 'rescheduled' || slots) return;
    void api.get<{ slots: SlotView[] }>('/callbacks/slots').then((r) => {
      if (!r.ok) return setError(r.error.message);
      setSlots(r.data.slots);
      setSlot(r.data.slots[0]?.start ?? '');
    });
  }, [outcome, slots, api]);

  const save = async (event: Event) => {
    event.preventDefault();
    if (!outcome) return setError('Choose how the call went.');
    if (outcome === 'rescheduled' && !slot) return setError('Choose the new time.');
    setBusy(true);
    const result = await api.post<CallbackView>(`/callbacks/${callback.id}/outcome`, {
      outcome,
      ...(note.trim() ? { note: note.trim() } : {}),
      ...(outcome === 'rescheduled' ? { slotStart: slot } : {}),
    });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    setError(undefined);
    setOutcome(undefined);
    setNote('');
    props.onSaved(result.data);
  };

  return (
    <form class="cb-outcome" onSubmit={save} noValidate>
      <fieldset>
        <legend>How did the call go?</legend>
        <div class="cb-choices">
          {CALLBACK_OUTCOMES.map((o) => (
            <label key={o} class="cb-choice">
              <input
                type="radio"
                name={`${id}-outcome`}
                value={o}
                checked={outcome === o}
                onChange={() => setOutcome(o)}
              />
              <span>
                <strong>{OUTCOME_LABELS[o]}</strong>
                <span class="small muted">{HINTS[o]}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {outcome === 'rescheduled' && (
        <div class="cb-field">
          <label for={`${id}-slot`}>New time</label>
          <select id={`${id}-slot`} value={slot} onChange={(e) => setSlot(e.currentTarget.value)}>
            {slots?.length === 0 && <option value="">No free times in the coming days</option>}
            {slots?.map((s) => (
              <option key={s.start} value={s.start}>
                {dayOf(s.start)}, {clock(s.start)} ({s.free} free)
              </option>
            ))}
          </select>
        </div>
      )}
      <div class="cb-field">
        <label for={`${id}-note`}>
          Note <span class="muted">(optional, for the team)</span>
        </label>
        <textarea
          id={`${id}-note`}
          rows={2}
          maxLength={1000}
          value={note}
          onInput={(e) => setNote(e.currentTarget.value)}
        />
      </div>
      <Alert error={error} />
      <button type="submit" class="button primary" disabled={busy}>
        {busy ? 'Saving…' : 'Record outcome'}
      </button>
    </form>
  );
}
