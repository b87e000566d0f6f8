import type { WireMessage } from '../../shared/realtime.js';
import type { MemberView } from '../../shared/schemas/auth.js';
import { LockIcon } from '../components/icons.js';
import { clock } from '../format.js';
import type { Older, Pending } from '../use-conversation.js';
import { useHistoryScroll } from '../use-history-scroll.js';
import { OlderMessages } from './older-messages.js';

interface Props {
  messages: WireMessage[];
  pending: Pending[];
  loaded: boolean;
  typing: boolean;
  contactName: string;
  members: MemberView[];
  me: string;
  onRetry: (p: Pending) => void;
  older: Older;
  onLoadOlder: () => Promise<number>;
}

const NOTE_LABEL = 'Private note — the customer never sees this';

/**
 * The conversation so far. Every body is rendered as text by Preact (never as HTML), so what a
 * customer typed can never become markup or script here.
 */
export function History(props: Props) {
  const { messages, pending, loaded, typing, contactName, members, me, onRetry } = props;
  const { box, end, onScroll, holdPlace } = useHistoryScroll({
    oldest: messages[0]?.seq ?? 0,
    newest: messages.at(-1)?.seq ?? 0,
    pending: pending.length,
    typing,
  });

  const author = (m: WireMessage) => {
    if (m.authorType === 'contact') return contactName;
    if (m.authorType === 'bot') return 'Bot';
    if (m.authorType === 'system') return 'Parley';
    if (m.authorId === me) return 'You';
    return members.find((x) => x.id === m.authorId)?.name ?? 'Agent';
  };

  return (
    <div class="history" aria-busy={!loaded} ref={box} onScroll={onScroll}>
      {!loaded && <p class="muted small">Loading the conversation…</p>}
      {loaded && (
        <OlderMessages older={props.older} onLoad={props.onLoadOlder} beforeLoad={holdPlace} />
      )}
      <ol class="messages" aria-label="Messages">
        {messages.map((m) => (
          <li key={m.seq} class={`msg ${kind(m)}`} data-seq={m.seq}>
            {m.private && (
              <p class="note-label">
                <LockIcon /> {NOTE_LABEL}
              </p>
            )}
            <p class="msg-body">{m.body}</p>
            <p class="msg-meta">
              {author(m)} · <time dateTime={m.createdAt}>{clock(m.createdAt)}</time>
            </p>
          </li>
        ))}
        {pending.map((p) => (
          <li
            key={p.clientId}
            class={`msg ${p.private ? 'note' : 'agent'} pending${p.error ? ' failed' : ''}`}
          >
            {p.private && (
              <p class="note-label">
                <LockIcon /> {NOTE_LABEL}
              </p>
            )}
            <p class="msg-body">{p.body}</p>
            {p.error ? (
              <p class="msg-meta msg-error" role="alert">
                Not sent: {p.error}{' '}
                <button type="button" class="button link" onClick={() => onRetry(p)}>
                  Try again
                </button>
              </p>
            ) : (
              <p class="msg-meta">Sending…</p>
            )}
          </li>
        ))}
      </ol>
      {loaded && messages.length === 0 && <p class="muted small">No messages yet.</p>}
      <p class="typing small muted" aria-live="polite">
        {typing ? `${contactName} is typing…` : ''}
      </p>
      <div ref={end} />
    </div>
  );
}

function kind(m: WireMessage) {
  if (m.private) return 'note';
  if (m.authorType === 'contact') return 'contact';
  if (m.authorType === 'agent') return 'agent';
  return 'bot';
}
