import { useEffect, useMemo, useState } from 'preact/hooks';
import type { MemberView, SessionView } from '../../shared/schemas/auth.js';
import type { Api } from '../api.js';
import { InboxIcon } from '../components/icons.js';
import type { ConsoleSocket } from '../realtime.js';
import { useGet } from '../use-get.js';
import { useInbox } from '../use-inbox.js';
import { ConversationView } from './conversation.js';
import { InboxList } from './inbox-list.js';

interface InboxProps {
  api: Api;
  socket: ConsoleSocket;
  session: SessionView;
  conversationId: string | undefined;
  onOpen: (id: string | undefined) => void;
  onOpenSettings: () => void;
}

const typingIn = (el: EventTarget | null) =>
  el instanceof HTMLElement &&
  (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));

/**
 * The list and the open conversation: one at a time on a phone, side by side on a desktop.
 * Desktop keys: j/k move through the list, Enter opens, r replies, Escape goes back.
 */
export function Inbox(props: InboxProps) {
  const { api, socket, session, conversationId, onOpen } = props;
  const inbox = useInbox(api, socket, session.user.id, onOpen);
  const [members] = useGet<{ members: MemberView[] }>(api, '/members');
  const [now, setNow] = useState(Date.now());
  const list = members.status === 'ok' ? members.data.members : [];
  const names = useMemo(() => Object.fromEntries(list.map((m) => [m.id, m.name])), [list]);

  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(tick);
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.metaKey || event.ctrlKey || event.altKey) return;
      if (typingIn(event.target)) {
        if (event.key === 'Escape') (event.target as HTMLElement).blur();
        return;
      }
      const rows = [...document.querySelectorAll<HTMLAnchorElement>('.conv-row')];
      const at = rows.findIndex((r) => r === document.activeElement);
      const from = at >= 0 ? at : rows.findIndex((r) => r.getAttribute('aria-current'));
      if (event.key === 'j' || event.key === 'k') {
        const step = event.key === 'j' ? 1 : -1;
        const next = from < 0 ? 0 : Math.min(rows.length - 1, Math.max(0, from + step));
        rows[next]?.focus();
      } else if (event.key === 'r') {
        const reply = document.getElementById('reply');
        if (!reply) return;
        event.preventDefault();
        reply.focus();
      } else if (event.key === 'Escape' && conversationId) {
        // Back to the row that was open; on a phone the list shows again only after a render.
        const back = rows[from];
        onOpen(undefined);
        back?.focus();
        setTimeout(() => document.activeElement === document.body && back?.focus(), 50);
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [conversationId, onOpen]);

  const counts = inbox.data?.counts;
  const nothingYet = counts && counts.open + counts.resolved === 0 && !inbox.query.trim();
  if (nothingYet && !conversationId) {
    return (
      <section>
        <h1 tabIndex={-1}>Inbox</h1>
        <div class="empty">
          <InboxIcon />
          <h2>No conversations yet</h2>
          <p>
            Conversations arrive here when customers write to you through the Parley widget. Add the
            widget to your site from Settings.
          </p>
          <button type="button" class="button secondary" onClick={props.onOpenSettings}>
            Get the widget snippet
          </button>
        </div>
      </section>
    );
  }

  return (
    <section class={`inbox${conversationId ? ' has-open' : ''}`}>
      <div class="inbox-list">
        <InboxList
          inbox={inbox}
          userId={session.user.id}
          names={names}
          openId={conversationId}
          onOpen={onOpen}
          now={now}
        />
      </div>
      <div class="inbox-detail">
        {conversationId ? (
          <ConversationView
            key={conversationId}
            api={api}
            socket={socket}
            id={conversationId}
            session={session}
            inbox={inbox}
            members={list}
            onBack={() => onOpen(undefined)}
            onOpen={onOpen}
            now={now}
          />
        ) : (
          <p class="muted pick">Pick a conversation. Keys: j / k to move, Enter to open.</p>
        )}
      </div>
    </section>
  );
}
