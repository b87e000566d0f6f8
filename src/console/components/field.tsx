import { useId } from 'preact/hooks';

interface FieldProps {
  label: string;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'email' | 'password';
  autoComplete?: string;
  hint?: string;
  required?: boolean;
  minLength?: number;
  maxLength?: number;
  invalid?: boolean;
}

/** A labelled input with an optional hint that screen readers announce with it. */
export function Field(props: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <input
        id={id}
        // Preact types each input type separately; these three accept the same attributes.
        type={(props.type ?? 'text') as 'text'}
        value={props.value}
        onInput={(e) => props.onInput(e.currentTarget.value)}
        autoComplete={props.autoComplete}
        required={props.required}
        minLength={props.minLength}
        maxLength={props.maxLength}
        aria-invalid={props.invalid ? 'true' : undefined}
        aria-describedby={props.hint ? hintId : undefined}
        spellcheck={false}
        autoCapitalize="none"
      />
      {props.hint && (
        <p class="hint" id={hintId}>
          {props.hint}
        </p>
      )}
    </div>
  );
}
