import { useEffect } from 'preact/hooks';
import type { ContactActivity, PastConversation } from '../../shared/schemas/contact-activity.js';
import type { Api } from '../api.js';
import { ago, formatDate, topicLabel } from '../format.js';
import { conversationPath } from '../router.js';
import { useGet } from '../use-get.js';

/** The page can change while an agent watches; this often is enough and costs one small GET. */
const REFRESH_MS = 30_000;

interface Props {
  api: Api;
  contactId: string;
  /** The conversation on screen: left out of "other conversations". */
  conversationId: string;
  onOpen: (id: string) => void;
}

/**
 * Where the customer is now and what they asked before. Loaded while the contact panel is open
 * and refreshed every 30 s. The page address and title come from the customer's browser, so
 * they are shown as text; the address becomes a link only when it is http(s).
 */
export function ContactActivityFacts({ api, contactId, conversationId, onOpen }: Props) {
  const [activity, reload] = useGet<ContactActivity>(api, `/contacts/${contactId}/activity`);
  useEffect(() => {
    const timer = setInterval(reload, REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);

  if (activity.status === 'loading') return <p class="muted small">Loading activity…</p>;
  if (activity.status === 'error') return <p class="small msg-error">{activity.error.message}</p>;
  const { page, conversations } = activity.data;
  const others = conversations.filter((c) => c.id !== conversationId);
  return (
    <div class="contact-activity">
      <h3 class="small">Current page</h3>
      {page ? (
        <div class="current-page small">
          <p class="strong break">{page.title || 'Untitled page'}</p>
          <p class="break">
            {/^https?:\/\//i.test(page.url) ? (
              <a href={page.url} target="_blank" rel="noopener noreferrer nofollow">
                {page.url}
              </a>
            ) : (
              page.url
            )}
          </p>
          <p class="muted">
            Last seen <time dateTime={page.seenAt}>{seen(page.seenAt)}</time>
          </p>
        </div>
      ) : (
        <p class="muted small">No page reported yet.</p>
      )}
      <h3 class="small">Other conversations</h3>
      {others.length === 0 ? (
        <p class="muted small">No other conversations.</p>
      ) : (
        <ul class="past-conversations" aria-label="Other conversations of this contact">
          {others.map((c) => (
            <PastRow key={c.id} c={c} onOpen={onOpen} />
          ))}
        </ul>
      )}
    </div>
  );
}

function PastRow({ c, onOpen }: { c: PastConversation; onOpen: (id: string) => void }) {
  const open = (event: MouseEvent) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onOpen(c.id);
  };
  return (
    <li>
      <a class="past-row" href={conversationPath(c.id)} onClick={open}>
        <span class="past-meta small">
          <span class={`badge topic-${c.topic}`}>{topicLabel(c.topic)}</span>
          <span class={c.status === 'resolved' ? 'muted' : 'strong'}>
            {c.status === 'resolved' ? 'Resolved' : 'Open'}
          </span>
          <time class="muted" dateTime={c.updatedAt}>
            {formatDate(c.updatedAt)}
          </time>
        </span>
        <span class="past-preview small">{c.preview ?? 'No message yet'}</span>
      </a>
    </li>
  );
}

/** "just now", "5m ago", "3h ago", "2d ago", then the date. */
function seen(iso: string) {
  const short = ago(iso);
  if (short === 'now') return 'just now';
  return /^\d+[mhd]$/.test(short) ? `${short} ago` : formatDate(iso);
}
