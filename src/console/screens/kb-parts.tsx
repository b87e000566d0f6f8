import { useEffect, useRef } from 'preact/hooks';
import type { KbStatus } from '../../shared/schemas/kb.js';

/** An open book, for the Articles tab; decorative like the other navigation icons. */
export const ArticlesIcon = () => (
  <svg
    width={24}
    height={24}
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    stroke-width={1.8}
    stroke-linecap="round"
    stroke-linejoin="round"
    aria-hidden="true"
    focusable="false"
  >
    <path d="M12 6.5C10.3 5 7.8 4.5 4 4.5v13c3.8 0 6.3.5 8 2 1.7-1.5 4.2-2 8-2v-13c-3.8 0-6.3.5-8 2z" />
    <path d="M12 6.5v13" />
  </svg>
);

export function StatusBadge({ status }: { status: KbStatus }) {
  return <span class={`badge kb-${status}`}>{status === 'published' ? 'Published' : 'Draft'}</span>;
}

/** Where the public help center shows an article (built by the help-center pages). */
export const publicArticlePath = (workspaceKey: string, slug: string) =>
  `/help/${encodeURIComponent(workspaceKey)}/articles/${encodeURIComponent(slug)}`;

/** A link inside the Articles tab that moves in place (a new tab still opens on Ctrl/⌘-click). */
export function KbLink(props: {
  href: string;
  onOpen: () => void;
  class?: string;
  children: preact.ComponentChildren;
}) {
  const click = (event: MouseEvent) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    props.onOpen();
  };
  return (
    <a href={props.href} class={props.class} onClick={click}>
      {props.children}
    </a>
  );
}

export const canEditKb = (role: string) => role === 'owner' || role === 'admin';

/**
 * An in-place "are you sure?" with a confirming and a cancelling button. It takes focus when it
 * appears, since the button that opened it is gone.
 */
export function Confirm(props: {
  label: string;
  message: string;
  confirm: string;
  cancel?: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div class="confirm" role="group" aria-label={props.label}>
      <span class="small">{props.message}</span>
      <button
        ref={first}
        type="button"
        class={`button small ${props.danger ? 'danger' : 'primary'}`}
        onClick={props.onConfirm}
      >
        {props.confirm}
      </button>
      <button type="button" class="button small secondary" onClick={props.onCancel}>
        {props.cancel ?? 'Cancel'}
      </button>
    </div>
  );
}
