import { useState } from 'preact/hooks';
import { FEEDBACK_KINDS } from '../../shared/feedback-kinds.js';
import type { ResponseView } from '../../shared/schemas/surveys.js';
import type { Api } from '../api.js';
import { Alert } from '../components/alert.js';
import { ago } from '../format.js';
import { useGet } from '../use-get.js';
import { KIND_LABELS, MOOD_WORDS, OUTCOME_LABELS, mood, scoreText } from './feedback-format.js';

/** The latest answers and reviews, of every kind or one, with their words and follow-ups. */
export function FeedbackResponses({ api, version }: { api: Api; version: number }) {
  const [kind, setKind] = useState('');
  const [list] = useGet<{ responses: ResponseView[] }>(
    api,
    `/feedback/responses?limit=50${kind ? `&kind=${kind}` : ''}&v=${version}`,
  );
  return (
    <section class="card" aria-labelledby="responses-heading">
      <div class="fb-head">
        <h2 id="responses-heading">Latest responses</h2>
        <label class="fb-filter">
          <span>Show</span>
          <select value={kind} onChange={(e) => setKind(e.currentTarget.value)}>
            <option value="">All kinds</option>
            {FEEDBACK_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <Alert error={list.status === 'error' ? list.error : undefined} />
      {list.status === 'loading' && <p class="muted">Loading responses…</p>}
      {list.status === 'ok' && list.data.responses.length === 0 && (
        <p class="muted">No responses yet. They appear here as customers answer.</p>
      )}
      {list.status === 'ok' && list.data.responses.length > 0 && (
        <ul class="list fb-responses" aria-label="Responses">
          {list.data.responses.map((r) => (
            <ResponseRow key={r.id} r={r} />
          ))}
        </ul>
      )}
    </section>
  );
}

export function ResponseRow({ r }: { r: ResponseView }) {
  const m = mood(r);
  return (
    <li class="list-row fb-response">
      <span class={`fb-score ${m}`} title={MOOD_WORDS[m]}>
        <span class="visually-hidden">{MOOD_WORDS[m]}: </span>
        {scoreText(r)}
      </span>
      <div class="fb-body">
        <p class="fb-line">
          <strong>{KIND_LABELS[r.kind]}</strong> · {r.contactName ?? 'Anonymous visitor'} ·{' '}
          <time dateTime={r.createdAt}>{ago(r.createdAt)}</time> · {r.channel}
          {r.followUp && <span class={`badge fb-${r.followUp}`}>{OUTCOME_LABELS[r.followUp]}</span>}
        </p>
        {r.items && (
          <p class="muted small">
            Effective {r.items.effective} · Easy {r.items.easy} · Enjoyable {r.items.enjoyable}
          </p>
        )}
        {r.comment ? <p class="fb-comment">{r.comment}</p> : <p class="muted small">No comment.</p>}
        {r.thankedBy && <p class="muted small">Thanked by {r.thankedBy}</p>}
      </div>
    </li>
  );
}
