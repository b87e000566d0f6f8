import { useId } from 'preact/hooks';
import type { EntryCondition } from '../../shared/schemas/ladder.js';
import { CONDITION_LABELS, STEP_INFO, type DraftStep } from './settings-ladder-draft.js';

const CONDITIONS = Object.keys(CONDITION_LABELS) as EntryCondition[];

interface StepProps {
  step: DraftStep;
  /** Its place among the switched-on steps (1, 2, …); undefined when it is off. */
  number: number | undefined;
  isLast: boolean;
  canMoveUp: boolean;
  canMoveDown: boolean;
  onChange: (step: DraftStep) => void;
  onMove: (by: -1 | 1) => void;
}

/** One rung: on or off, its place, its time budget and what moves a conversation past it. */
export function LadderStep(props: StepProps) {
  const { step, number } = props;
  const info = STEP_INFO[step.kind];
  const id = useId();
  const toggle = (c: EntryCondition, on: boolean) =>
    props.onChange({
      ...step,
      leaveWhen: on ? [...step.leaveWhen, c] : step.leaveWhen.filter((x) => x !== c),
    });
  return (
    <li class={step.enabled ? 'ladder-step' : 'ladder-step off'}>
      <div role="group" aria-labelledby={`${id}-name`}>
        <div class="ladder-step-head">
          <span class="ladder-number" aria-hidden="true">
            {number ?? '–'}
          </span>
          <div class="grow">
            <p class="strong" id={`${id}-name`}>
              {info.label}
              {number === undefined && <span class="visually-hidden"> (off)</span>}
            </p>
            <p class="muted small">{info.about}</p>
          </div>
          <div class="ladder-move">
            <button
              type="button"
              class="button secondary small"
              id={`move-${step.kind}-up`}
              aria-label={`Move ${info.label} up`}
              disabled={!props.canMoveUp}
              onClick={() => props.onMove(-1)}
            >
              ↑
            </button>
            <button
              type="button"
              class="button secondary small"
              id={`move-${step.kind}-down`}
              aria-label={`Move ${info.label} down`}
              disabled={!props.canMoveDown}
              onClick={() => props.onMove(1)}
            >
              ↓
            </button>
          </div>
        </div>
        <label class="check">
          <input
            type="checkbox"
            checked={step.enabled}
            onChange={(e) => props.onChange({ ...step, enabled: e.currentTarget.checked })}
          />
          Use this step
        </label>
        {info.skippedUntil && <p class="ladder-note small">{info.skippedUntil}</p>}
        {step.enabled && (
          <div class="ladder-step-body">
            <div class="field ladder-budget">
              <label for={`${id}-budget`}>Time budget (minutes)</label>
              <input
                id={`${id}-budget`}
                type="number"
                inputMode="numeric"
                min={1}
                max={1440}
                value={step.budget}
                onInput={(e) => props.onChange({ ...step, budget: e.currentTarget.value })}
              />
            </div>
            {/* Folded: six checkboxes per step would make the ladder very long on a phone. */}
            <details class="ladder-conditions">
              <summary>
                Move on when <span class="muted">({step.leaveWhen.length} chosen)</span>
              </summary>
              <fieldset>
                <legend class="visually-hidden">Move on from {info.label} when</legend>
                {props.isLast && <p class="muted small">The last step: conversations stay here.</p>}
                {CONDITIONS.map((c) => (
                  <label class="check" key={c}>
                    <input
                      type="checkbox"
                      checked={step.leaveWhen.includes(c)}
                      onChange={(e) => toggle(c, e.currentTarget.checked)}
                    />
                    {CONDITION_LABELS[c]}
                  </label>
                ))}
              </fieldset>
            </details>
          </div>
        )}
      </div>
    </li>
  );
}
