import { useEffect, useRef, useState } from 'preact/hooks';
import type { Older } from '../use-conversation.js';

interface Props {
  older: Older;
  /** Loads the previous page; resolves to how many messages it added. */
  onLoad: () => Promise<number>;
  /** Called just before loading, so the history can keep the reader's place. */
  beforeLoad: () => void;
}

/**
 * The top of a long history: "Load older messages", or once everything is loaded, a marker for
 * the start. Focus stays on the button between pages (it is never disabled, which would drop
 * focus), and moves to the marker when the last page came in; the count is announced politely.
 */
export function OlderMessages({ older, onLoad, beforeLoad }: Props) {
  const [paged, setPaged] = useState(false);
  const [said, setSaid] = useState('');
  const start = useRef<HTMLParagraphElement>(null);
  const hadFocus = useRef(false);

  useEffect(() => {
    if (older.more || !hadFocus.current) return;
    hadFocus.current = false;
    // Without scrolling: the reader stays at the message they were reading.
    start.current?.focus({ preventScroll: true });
  }, [older.more]);

  const load = async (event: MouseEvent) => {
    if (older.loading) return;
    hadFocus.current = document.activeElement === event.currentTarget;
    // Emptied first, so the same words are announced again for the next page.
    setSaid('');
    setPaged(true);
    beforeLoad();
    const added = await onLoad();
    if (added > 0) setSaid(`${added} older ${added === 1 ? 'message' : 'messages'} loaded.`);
  };

  return (
    <div class="older">
      {older.more && (
        <button
          type="button"
          class="button small secondary"
          aria-disabled={older.loading ? 'true' : undefined}
          onClick={load}
        >
          {older.loading ? 'Loading older messages…' : 'Load older messages'}
        </button>
      )}
      {!older.more && paged && (
        <p class="history-start small muted" tabIndex={-1} ref={start}>
          Start of the conversation
        </p>
      )}
      {older.error && (
        <p class="small msg-error" role="alert">
          {older.error.message}
        </p>
      )}
      <p class="visually-hidden" aria-live="polite">
        {said}
      </p>
    </div>
  );
}
