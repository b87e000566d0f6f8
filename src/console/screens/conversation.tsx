import { useEffect, useState } from 'preact/hooks';
import type { InboxConversation } from '../../shared/realtime.js';
import type { MemberView, SessionView } from '../../shared/schemas/auth.js';
import type { Api, ApiError } from '../api.js';
import { Alert } from '../components/alert.js';
import { topicLabel } from '../format.js';
import { SlaBadgeView } from '../sla-badge.js';
import type { ConsoleSocket } from '../realtime.js';
import { useConversation } from '../use-conversation.js';
import type { InboxState } from '../use-inbox.js';
import { CallbackPanel } from './callback-panel.js';
import { CasePanel } from './case-panel.js';
import { Composer } from './composer.js';
import { ContactPanel } from './contact-panel.js';
import { HandoverCard } from './handover-card.js';
import { History } from './history.js';

interface Props {
  api: Api;
  socket: ConsoleSocket;
  id: string;
  session: SessionView;
  inbox: InboxState;
  members: MemberView[];
  onBack: () => void;
  /** The inbox's clock (it ticks every 30 s), for the SLA badge's "due in". */
  now: number;
  /** Opens another conversation (one of the contact's past ones). */
  onOpen: (id: string) => void;
}

/** One conversation: who, what state, the history, and the composer. */
export function ConversationView(props: Props) {
  const { api, socket, id, session, inbox, members, onBack, onOpen, now } = props;
  const me = session.user.id;
  const convo = useConversation(api, socket, id, me);
  const [actionError, setActionError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const state = inbox.known[id];
  const status = state?.status ?? convo.details?.conversation.status;
  const assigneeId = state?.assigneeId;
  const name = convo.details?.contact?.name ?? state?.contactName ?? 'Visitor';
  const topic = convo.details?.conversation.topic ?? state?.topic;
  const priority = state?.priority ?? convo.details?.conversation.priority ?? 'normal';
  const { markSeen } = inbox;

  useEffect(() => {
    if (convo.lastSeq) markSeen(id, convo.lastSeq);
  }, [id, convo.lastSeq, markSeen]);

  const act = async (path: string, body?: unknown) => {
    setBusy(true);
    const result = await api.post<InboxConversation>(`/conversations/${id}/${path}`, body);
    setBusy(false);
    if (!result.ok) return setActionError(result.error);
    setActionError(undefined);
    inbox.remember([result.data]);
    inbox.reload();
  };
  const assign = (assignee: string | null) => act('assign', { assigneeId: assignee });
  const others = members.filter((m) => m.role !== 'champion' && m.id !== assigneeId);
  const assigneeName = assigneeId === me ? 'you' : members.find((m) => m.id === assigneeId)?.name;

  return (
    <article class="conversation" aria-label={`Conversation with ${name}`}>
      <header class="conv-header">
        <button type="button" class="button link back" onClick={onBack}>
          ‹ Inbox
        </button>
        <div class="grow">
          <h2 class="ellipsis">{name}</h2>
          <p class="small muted">
            {topic && <span class={`badge topic-${topic}`}>{topicLabel(topic)}</span>}{' '}
            {status === 'resolved' ? 'Resolved' : 'Open'}
            {' · '}
            {assigneeId ? `Assigned to ${assigneeName ?? 'a teammate'}` : 'Unassigned'}
            {status === 'open' && (
              <>
                {' '}
                <SlaBadgeView sla={state?.sla} now={now} />
              </>
            )}
          </p>
        </div>
      </header>
      <div class="conv-actions">
        {assigneeId !== me && (
          <button
            type="button"
            class="button small primary"
            disabled={busy}
            onClick={() => void assign(me)}
          >
            Assign to me
          </button>
        )}
        <select
          class="assign-select"
          aria-label="Assign to"
          disabled={busy}
          value=""
          onChange={(e) => e.currentTarget.value && void assign(e.currentTarget.value)}
        >
          <option value="">Assign to…</option>
          {others.map((m) => (
            <option key={m.id} value={m.id}>
              {m.id === me ? `${m.name} (you)` : m.name}
            </option>
          ))}
        </select>
        {assigneeId && (
          <button
            type="button"
            class="button small secondary"
            disabled={busy}
            onClick={() => void assign(null)}
          >
            Unassign
          </button>
        )}
        <select
          class="assign-select"
          aria-label="Priority"
          disabled={busy}
          value={priority}
          onChange={(e) => void act('priority', { priority: e.currentTarget.value })}
        >
          {PRIORITY_CHOICES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        {status === 'resolved' ? (
          <button
            type="button"
            class="button small secondary"
            disabled={busy}
            onClick={() => void act('reopen')}
          >
            Reopen
          </button>
        ) : (
          <button
            type="button"
            class="button small secondary"
            disabled={busy}
            onClick={() => void act('resolve')}
          >
            Resolve
          </button>
        )}
      </div>
      <Alert error={actionError ?? convo.error} />
      {convo.details?.handover && <HandoverCard summary={convo.details.handover} />}
      {topic === 'complaint' && (
        <CasePanel api={api} conversationId={id} members={members} lastSeq={convo.lastSeq} />
      )}
      <CallbackPanel api={api} conversationId={id} holder={assigneeId} status={status} />
      <ContactPanel
        api={api}
        contact={convo.details?.contact ?? null}
        name={name}
        conversationId={id}
        onOpen={onOpen}
      />
      <History
        messages={convo.messages}
        pending={convo.pending}
        loaded={convo.loaded}
        typing={convo.typing}
        contactName={name}
        members={members}
        me={me}
        onRetry={convo.retry}
        older={convo.older}
        onLoadOlder={convo.loadOlder}
      />
      <Composer socket={socket} conversationId={id} onSend={convo.send} />
    </article>
  );
}

/** Urgent ones are served first; waiting ones rise a level every 10 minutes anyway. */
const PRIORITY_CHOICES = [
  ['urgent', 'Urgent'],
  ['high', 'High priority'],
  ['normal', 'Normal priority'],
  ['low', 'Low priority'],
] as const;
