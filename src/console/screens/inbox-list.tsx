import { useState } from 'preact/hooks';
import type { InboxConversation } from '../../shared/realtime.js';
import { notificationsSupported } from '../attention.js';
import { Alert } from '../components/alert.js';
import { ago, initials, topicLabel } from '../format.js';
import { SlaBadgeView } from '../sla-badge.js';
import { conversationPath } from '../router.js';
import { VIEWS, type InboxState, type View } from '../use-inbox.js';

const VIEW_LABELS: Record<View, string> = {
  mine: 'Mine',
  unassigned: 'Unassigned',
  open: 'All open',
  resolved: 'Resolved',
};

interface ListProps {
  inbox: InboxState;
  userId: string;
  names: Record<string, string>;
  openId: string | undefined;
  onOpen: (id: string) => void;
  now: number;
}

/** The views with counts, the search box and the conversation rows. */
export function InboxList({ inbox, userId, names, openId, onOpen, now }: ListProps) {
  const { view, setView, query, setQuery, data, error } = inbox;
  return (
    <>
      <div class="inbox-head">
        <h1 tabIndex={-1}>Inbox</h1>
        <NotificationButton />
      </div>
      <div class="views" role="group" aria-label="Inbox views">
        {VIEWS.map((v) => (
          <button
            key={v}
            type="button"
            class="view-button"
            aria-pressed={v === view}
            onClick={() => setView(v)}
          >
            {VIEW_LABELS[v]} <span class="count">{data?.counts[v] ?? '·'}</span>
          </button>
        ))}
      </div>
      <input
        type="search"
        class="search"
        placeholder="Search contact or text"
        aria-label="Search conversations"
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      <Alert error={error} />
      {data && data.conversations.length === 0 && (
        <p class="muted list-empty">
          {query.trim() ? 'No conversation matches.' : `Nothing in ${VIEW_LABELS[view]}.`}
        </p>
      )}
      <ul class="conv-list" aria-label="Conversations">
        {data?.conversations.map((c) => (
          <Row
            key={c.id}
            c={c}
            inbox={inbox}
            assignee={c.assigneeId === userId ? 'You' : c.assigneeId && names[c.assigneeId]}
            open={c.id === openId}
            onOpen={onOpen}
            now={now}
          />
        ))}
      </ul>
    </>
  );
}

interface RowProps {
  c: InboxConversation;
  inbox: InboxState;
  assignee: string | null | undefined;
  open: boolean;
  onOpen: (id: string) => void;
  now: number;
}

function Row({ c, inbox, assignee, open, onOpen, now }: RowProps) {
  const name = c.contactName ?? 'Visitor';
  const preview = inbox.previews[c.id];
  const unread = !open && c.lastSeq > (inbox.seen[c.id] ?? 0);
  const click = (event: MouseEvent) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onOpen(c.id);
  };
  return (
    <li>
      <a
        href={conversationPath(c.id)}
        class={`conv-row${unread ? ' unread' : ''}`}
        aria-current={open ? 'true' : undefined}
        data-id={c.id}
        onClick={click}
      >
        <span class="avatar" aria-hidden="true">
          {initials(name) || '?'}
        </span>
        <span class="conv-main">
          <span class="conv-top">
            <span class="conv-name ellipsis">{name}</span>
            <span class={`badge topic-${c.topic}`}>{topicLabel(c.topic)}</span>
            <time class="conv-time" dateTime={c.updatedAt}>
              {ago(c.updatedAt, now)}
            </time>
          </span>
          <span class="conv-preview ellipsis">
            {preview?.private && <span class="strong">Note: </span>}
            {preview?.text ?? c.subject ?? ''}
          </span>
          <span class="conv-meta small">
            {c.status === 'open' && <SlaBadgeView sla={c.sla} now={now} />}
            {c.rung === 'supervisor' && c.status === 'open' && (
              <span class="badge supervisor">Supervisor</span>
            )}
            {(c.priority === 'urgent' || c.priority === 'high') && c.status === 'open' && (
              <span class={`badge priority-${c.priority}`}>
                {c.priority === 'urgent' ? 'Urgent' : 'High priority'}
              </span>
            )}
            {assignee ??
              (c.assigneeId
                ? 'Assigned'
                : c.owner === 'bot'
                  ? 'With the assistant'
                  : c.rung === 'supervisor'
                    ? 'Waited too long: needs a supervisor'
                    : 'Waiting for a person')}
            {c.status === 'resolved' && ' · Resolved'}
          </span>
        </span>
        {unread && (
          <span class="unread-dot">
            <span class="visually-hidden">Unread</span>
          </span>
        )}
      </a>
    </li>
  );
}

/** Asks once, on a click, for permission to show system notifications. */
function NotificationButton() {
  const [permission, setPermission] = useState(() =>
    notificationsSupported() ? Notification.permission : 'denied',
  );
  if (permission !== 'default') return null;
  const ask = async () => setPermission(await Notification.requestPermission());
  return (
    <button type="button" class="button secondary small" onClick={() => void ask()}>
      Enable notifications
    </button>
  );
}
