import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { CopyButton } from './copy-button.js';

/**
 * The only time a secret (an API token, a webhook signing secret) is visible: right after it was
 * made. Takes focus so a screen reader reads it out, and says plainly it will not come back.
 */
export function SecretShownOnce(props: {
  label: string;
  children: ComponentChildren;
  secret: string;
  testId: string;
  copyLabel: string;
  onDone: () => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <div class="new-token" role="region" aria-label={props.label} tabIndex={-1} ref={box}>
      {props.children}
      <code class="break token-value" data-testid={props.testId}>
        {props.secret}
      </code>
      <div class="actions">
        <CopyButton text={props.secret} label={props.copyLabel} />
        <button type="button" class="button small secondary" onClick={props.onDone}>
          I have copied it
        </button>
      </div>
    </div>
  );
}
