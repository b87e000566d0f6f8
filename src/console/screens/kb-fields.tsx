import { useEffect, useId, useRef } from 'preact/hooks';
import type { KbStatus } from '../../shared/schemas/kb.js';

interface TextFieldProps {
  label: string;
  value: string;
  onInput: (value: string) => void;
  hint?: string;
  /** A datalist id: suggestions that still allow any value. */
  list?: string;
  readOnly?: boolean;
  maxLength?: number;
  type?: 'text' | 'url';
  class?: string;
  /** Take focus when shown (it replaces the button that opened it). */
  focus?: boolean;
}

/** A labelled text input for the editor (read-only for people who may not edit). */
export function TextField(props: TextFieldProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (props.focus) input.current?.focus();
  }, []);
  return (
    <div class={`field ${props.class ?? ''}`}>
      <label for={id}>{props.label}</label>
      <input
        ref={input}
        id={id}
        type={props.type ?? 'text'}
        value={props.value}
        onInput={(e) => props.onInput(e.currentTarget.value)}
        list={props.list}
        readOnly={props.readOnly}
        maxLength={props.maxLength}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
        autoComplete="off"
      />
      {props.hint && (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
    </div>
  );
}

const STATUSES: { value: KbStatus; label: string; hint: string }[] = [
  { value: 'draft', label: 'Draft', hint: 'Only your team sees it.' },
  {
    value: 'published',
    label: 'Published',
    hint: 'On the help center, in search and in automated answers.',
  },
];

/** Draft or published, as two radio buttons (arrow keys move between them). */
export function StatusChoice(props: {
  value: KbStatus;
  onChange: (status: KbStatus) => void;
  disabled?: boolean;
}) {
  const name = useId();
  return (
    <fieldset class="kb-status-choice" disabled={props.disabled}>
      <legend>Status</legend>
      {STATUSES.map((s) => (
        <label key={s.value} class="kb-radio">
          <input
            type="radio"
            name={name}
            value={s.value}
            checked={props.value === s.value}
            onChange={() => props.onChange(s.value)}
          />
          <span>
            <span class="strong">{s.label}</span>
            <span class="hint"> {s.hint}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
