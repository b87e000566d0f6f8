import { useState } from 'preact/hooks';
import type { SessionView } from '../../shared/schemas/auth.js';
import { OUTCOMES, type FollowUpOutcome } from '../../shared/feedback-kinds.js';
import type { FollowUpView } from '../../shared/schemas/surveys.js';
import type { Api, ApiError } from '../api.js';
import { Alert } from '../components/alert.js';
import { formatDate } from '../format.js';
import { useGet } from '../use-get.js';
import { OUTCOME_LABELS } from './feedback-format.js';
import { ResponseRow } from './feedback-responses.js';

interface Props {
  api: Api;
  session: SessionView;
  /** An outcome was recorded: lists elsewhere may change. */
  onChange: () => void;
}

/** Unhappy customers to get back to, soonest due first, each with its owner and due date. */
export function FeedbackFollowUps({ api, session, onChange }: Props) {
  const [list, reload] = useGet<{ followUps: FollowUpView[] }>(api, '/feedback/follow-ups');
  const recorded = () => {
    reload();
    onChange();
  };
  return (
    <section class="card" aria-labelledby="follow-ups-heading">
      <h2 id="follow-ups-heading">Follow-ups</h2>
      <p class="muted">
        Every unhappy answer (NPS 0–6, CSAT 1–2, CES 1–3, reviews of 1–2 stars) is someone’s to
        follow up: get in touch, then record what came of it.
      </p>
      <Alert error={list.status === 'error' ? list.error : undefined} />
      {list.status === 'ok' && list.data.followUps.length === 0 && (
        <p class="muted">Nothing to follow up. Well done.</p>
      )}
      {list.status === 'ok' && list.data.followUps.length > 0 && (
        <ul class="list fb-follow-ups" aria-label="Open follow-ups">
          {list.data.followUps.map((f) => (
            <FollowUpItem key={f.id} api={api} session={session} f={f} onRecorded={recorded} />
          ))}
        </ul>
      )}
    </section>
  );
}

function FollowUpItem(props: {
  api: Api;
  session: SessionView;
  f: FollowUpView;
  onRecorded: () => void;
}) {
  const { f, session } = props;
  const [outcome, setOutcome] = useState<FollowUpOutcome>('contacted');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const mayRecord =
    f.ownerId === session.user.id || session.user.role === 'owner' || session.user.role === 'admin';
  const id = `fu-${f.id}`;

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    const result = await props.api.post(`/feedback/follow-ups/${f.id}/outcome`, { outcome, note });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setNote('');
    props.onRecorded();
  };

  return (
    <li class="fb-follow-up">
      <p class="fb-owner">
        <strong>{f.ownerName}</strong> ·{' '}
        <span class={f.overdue ? 'fb-overdue' : ''}>
          {f.overdue ? 'Overdue since' : 'Due'} {formatDate(f.dueAt)}{' '}
          {new Date(f.dueAt).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}
        </span>{' '}
        · <span class="badge">{OUTCOME_LABELS[f.status]}</span>
      </p>
      <ul class="list">
        <ResponseRow r={f.response} />
      </ul>
      {f.history.length > 0 && (
        <ol class="fb-history" aria-label="What was done">
          {f.history.map((h) => (
            <li key={h.at}>
              {OUTCOME_LABELS[h.status]} · {formatDate(h.at)}
              {h.note && <>: {h.note}</>}
            </li>
          ))}
        </ol>
      )}
      {mayRecord ? (
        <form class="fb-outcome" onSubmit={submit}>
          <Alert error={error} />
          <label for={`${id}-outcome`}>Outcome</label>
          <select
            id={`${id}-outcome`}
            value={outcome}
            onChange={(e) => setOutcome(e.currentTarget.value as FollowUpOutcome)}
          >
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {OUTCOME_LABELS[o]}
              </option>
            ))}
          </select>
          <label for={`${id}-note`}>Note</label>
          <textarea
            id={`${id}-note`}
            rows={2}
            maxLength={2000}
            value={note}
            onInput={(e) => setNote(e.currentTarget.value)}
          />
          <button type="submit" class="button primary small" disabled={busy}>
            {busy ? 'Saving…' : 'Record outcome'}
          </button>
        </form>
      ) : (
        <p class="muted small">Only {f.ownerName} or an admin records its outcome.</p>
      )}
    </li>
  );
}
