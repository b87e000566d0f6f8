import { useEffect, useRef, useState } from 'preact/hooks';
import { LockIcon } from '../components/icons.js';
import type { ConsoleSocket } from '../realtime.js';
// limits.ts, not realtime.ts: that one pulls zod in, whose eval probe trips the console's CSP.
import { MAX_MESSAGE_CHARS } from '../../shared/limits.js';

interface Props {
  socket: ConsoleSocket;
  conversationId: string;
  onSend: (body: string, isPrivate: boolean) => void;
}

/** Reply or private note. Enter sends, Shift+Enter starts a new line. */
export function Composer({ socket, conversationId, onSend }: Props) {
  const [text, setText] = useState('');
  const [note, setNote] = useState(false);
  const typingOn = useRef(false);
  const idle = useRef<ReturnType<typeof setTimeout>>(undefined);

  const setTyping = (on: boolean) => {
    if (typingOn.current === on) return;
    typingOn.current = on;
    socket.sendNow({ t: 'typing', conversationId, on });
  };
  useEffect(() => () => clearTimeout(idle.current), []);

  const input = (value: string) => {
    setText(value);
    // Customers see "typing…" only for replies, never while a private note is written.
    if (note) return;
    setTyping(value.trim().length > 0);
    clearTimeout(idle.current);
    idle.current = setTimeout(() => setTyping(false), 4000);
  };

  const submit = (event?: Event) => {
    event?.preventDefault();
    const body = text.trim();
    if (!body || body.length > MAX_MESSAGE_CHARS) return;
    onSend(body, note);
    setText('');
    clearTimeout(idle.current);
    setTyping(false);
  };

  const tooLong = text.length > MAX_MESSAGE_CHARS;
  return (
    <form class={`composer${note ? ' as-note' : ''}`} onSubmit={submit}>
      <div class="mode" role="group" aria-label="Message type">
        <button
          type="button"
          aria-pressed={!note}
          onClick={() => {
            setNote(false);
          }}
        >
          Reply
        </button>
        <button
          type="button"
          aria-pressed={note}
          onClick={() => {
            setTyping(false);
            setNote(true);
          }}
        >
          <LockIcon /> Private note
        </button>
      </div>
      <div class="composer-row">
        <textarea
          id="reply"
          rows={2}
          value={text}
          aria-label={note ? 'Private note' : 'Reply to the customer'}
          placeholder={note ? 'Only your team sees this note' : 'Write a reply… (r)'}
          onInput={(e) => input(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) submit(e);
          }}
        />
        <button type="submit" class="button primary" disabled={!text.trim() || tooLong}>
          {note ? 'Add note' : 'Send'}
        </button>
      </div>
      {tooLong && (
        <p class="small msg-error" role="alert">
          Too long: {text.length} of {MAX_MESSAGE_CHARS} characters.
        </p>
      )}
    </form>
  );
}
