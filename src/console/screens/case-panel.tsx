import type { MemberView } from '../../shared/schemas/auth.js';
import { CASE_STATUS_LABELS, CASE_TRANSITIONS, type CaseStatus } from '../../shared/case-labels.js';
import type { Api } from '../api.js';
import { Alert } from '../components/alert.js';
import { CopyButton } from '../components/copy-button.js';
import { dueText, moment } from '../case-format.js';
import { useCase } from '../use-case.js';
import { CaseHistory } from './case-history.js';
import { RecoveryActions } from './case-recovery.js';

interface Props {
  api: Api;
  conversationId: string;
  members: MemberView[];
  /** The conversation's last sequence: a new message may mean the case moved on. */
  lastSeq: number;
}

/** What each move is called on its button. */
const MOVES: Record<CaseStatus, string> = {
  open: 'Open',
  in_progress: 'Start work',
  resolved: 'Resolve case',
  reopened: 'Reopen case',
};

/**
 * The case of a complaint conversation: its status, owner and due time at a glance, and (open)
 * the moves, the owner, the customer's status link, recovery actions and the history.
 */
export function CasePanel({ api, conversationId, members, lastSeq }: Props) {
  const { state, busy, error, change } = useCase(api, conversationId, lastSeq);
  if (state.status === 'none' || state.status === 'loading') return null;
  if (state.status === 'error') return <Alert error={state.error} />;
  const c = state.data;
  const owners = members.filter((m) => m.role !== 'champion');
  const late = c.overdue ? ' overdue' : '';

  return (
    <details class={`case-panel${late}`}>
      <summary>
        <span class="strong">Case {c.reference}</span>
        <span class={`badge case-${c.status}`}>{CASE_STATUS_LABELS[c.status]}</span>
        <span class={`case-due${late}`}>{dueText(c)}</span>
      </summary>
      <div class="case-body">
        <Alert error={error} />
        <dl class="facts small">
          <dt>About</dt>
          <dd>{c.categoryLabel}</dd>
          {c.orderRef && (
            <>
              <dt>Order</dt>
              <dd class="break">{c.orderRef}</dd>
            </>
          )}
          <dt>Owner</dt>
          <dd>{c.ownerName}</dd>
          <dt>Answer promised</dt>
          <dd>{moment(c.dueAt)}</dd>
        </dl>
        <div class="case-controls">
          {CASE_TRANSITIONS[c.status].map((to) => (
            <button
              key={to}
              type="button"
              class={`button small ${to === 'resolved' ? 'primary' : 'secondary'}`}
              disabled={busy}
              onClick={() => void change('update', { status: to })}
            >
              {MOVES[to]}
            </button>
          ))}
          <select
            class="assign-select"
            aria-label="Case owner"
            disabled={busy}
            value={c.ownerId ?? ''}
            onChange={(e) => void change('update', { ownerId: e.currentTarget.value || null })}
          >
            <option value="">Team: {c.team}</option>
            {owners.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
        <div class="case-link">
          <span class="small muted">The customer’s status page, no sign-in needed:</span>
          <CopyButton text={c.customerUrl} label="Copy customer link" />
        </div>
        <RecoveryActions actions={c.actions} busy={busy} onRecord={(a) => change('actions', a)} />
        <CaseHistory history={c.history} busy={busy} onNote={(body) => change('notes', { body })} />
      </div>
    </details>
  );
}
