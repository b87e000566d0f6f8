import { useEffect, useState } from 'preact/hooks';
import type { Ladder } from '../../shared/schemas/ladder.js';
import type { Api } from '../api.js';
import { Alert, Notice } from '../components/alert.js';
import { useGet } from '../use-get.js';
import {
  describeRefusal,
  fromDraft,
  moved,
  STEP_INFO,
  toDraft,
  type DraftStep,
} from './settings-ladder-draft.js';
import { LadderStep } from './settings-ladder-step.js';

/**
 * The escalation ladder: which steps a conversation climbs, in what order, how long each may
 * take and what moves it on. Owners and admins change it; everyone else sees it.
 */
export function LadderSettings({ api, canEdit }: { api: Api; canEdit: boolean }) {
  const [loaded] = useGet<Ladder>(api, '/ladder');
  const [steps, setSteps] = useState<DraftStep[]>();
  const [personFromStart, setPersonFromStart] = useState(false);
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState<string>();
  const [busy, setBusy] = useState(false);
  /** The move button to keep focus on after a move re-renders the list. */
  const [focusAfterMove, setFocusAfterMove] = useState<string>();

  const show = (ladder: Ladder) => {
    setSteps(toDraft(ladder));
    setPersonFromStart(ladder.personFromStart);
  };
  useEffect(() => {
    if (loaded.status === 'ok') show(loaded.data);
  }, [loaded]);
  useEffect(() => {
    if (focusAfterMove) document.getElementById(focusAfterMove)?.focus();
  }, [focusAfterMove, steps]);

  const edit = (next: DraftStep[]) => {
    setSteps(next);
    setSaved(undefined);
  };
  const move = (index: number, by: -1 | 1) => {
    const next = moved(steps!, index, by);
    const to = index + by;
    // At the top or bottom the pressed button is disabled; keep focus on its twin.
    const atEdge = to === 0 || to === next.length - 1;
    const direction = atEdge ? (by === -1 ? 'down' : 'up') : by === -1 ? 'up' : 'down';
    setFocusAfterMove(`move-${next[to]!.kind}-${direction}`);
    edit(next);
  };
  const save = async (event: Event) => {
    event.preventDefault();
    const ladder = fromDraft(steps!, personFromStart);
    setBusy(true);
    setError(undefined);
    setSaved(undefined);
    const result = await api.put<Ladder>('/ladder', ladder);
    setBusy(false);
    if (!result.ok) return setError(describeRefusal(result.error, ladder));
    show(result.data);
    setSaved('Ladder saved. New conversations follow it from now on.');
  };

  const on = steps?.filter((s) => s.enabled) ?? [];
  return (
    <section class="card ladder" aria-labelledby="ladder-heading">
      <h2 id="ladder-heading">Escalation ladder</h2>
      <p class="muted">
        The steps a customer’s question climbs until someone answers it. A step nobody staffs yet is
        skipped, and a person is always reachable.
      </p>
      {!canEdit && <p class="muted small">Only owners and admins can change the ladder.</p>}
      <Alert error={loaded.status === 'error' ? loaded.error : undefined} />
      {!steps && loaded.status === 'loading' && <p class="muted">Loading the ladder…</p>}
      {steps && (
        <form onSubmit={save} noValidate>
          <p class="ladder-path">
            {on.length
              ? on.map((s) => STEP_INFO[s.kind].label).join(' → ')
              : 'No steps switched on'}
          </p>
          <fieldset class="ladder-fields" disabled={!canEdit}>
            <legend class="visually-hidden">Escalation ladder steps</legend>
            <ol class="ladder-steps">
              {steps.map((s, i) => (
                <LadderStep
                  key={s.kind}
                  step={s}
                  number={s.enabled ? on.indexOf(s) + 1 : undefined}
                  isLast={s.enabled && on.at(-1) === s}
                  canMoveUp={i > 0}
                  canMoveDown={i < steps.length - 1}
                  onChange={(next) => edit(steps.map((x, j) => (j === i ? next : x)))}
                  onMove={(by) => move(i, by)}
                />
              ))}
            </ol>
            <label class="check ladder-person">
              <input
                type="checkbox"
                checked={personFromStart}
                onChange={(e) => {
                  setPersonFromStart(e.currentTarget.checked);
                  setSaved(undefined);
                }}
              />
              Show “Talk to a person” from the start
            </label>
            <p class="hint ladder-person-hint">
              Otherwise it appears with the first automated answer, always one tap away.
            </p>
          </fieldset>
          {/* Beside the Save button, where the person is looking when the server refuses. */}
          <Alert error={error} />
          <Notice message={saved} />
          {canEdit && (
            <button type="submit" class="button primary" disabled={busy}>
              {busy ? 'Saving…' : 'Save ladder'}
            </button>
          )}
        </form>
      )}
    </section>
  );
}
