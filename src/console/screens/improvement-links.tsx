import { useState } from 'preact/hooks';
import type { ImprovementDetail } from '../../shared/schemas/improvements.js';
import type { Api } from '../api.js';
import { Alert } from '../components/alert.js';
import { Field } from '../components/field.js';
import { formatDate } from '../format.js';

const KINDS = {
  caseNumber: 'Case number',
  conversationId: 'Conversation id',
  responseId: 'Survey answer id',
} as const;
type Kind = keyof typeof KINDS;

/** Feedback linked by hand: its customer is a raiser too. Admins link by case number or id. */
export function ImprovementLinks(props: {
  api: Api;
  improvement: ImprovementDetail;
  canEdit: boolean;
  onChanged: () => void;
}) {
  const i = props.improvement;
  const [kind, setKind] = useState<Kind>('caseNumber');
  const [value, setValue] = useState('');
  const [error, setError] = useState<string>();
  const link = async (e: Event) => {
    e.preventDefault();
    const v = value.trim().replace(/^C-/i, '');
    const result = await props.api.post(`/improvements/${i.id}/links`, { [kind]: v });
    if (!result.ok) return setError(result.error.message);
    setError(undefined);
    setValue('');
    props.onChanged();
  };
  const unlink = async (linkId: string) => {
    const result = await props.api.del(`/improvements/${i.id}/links/${linkId}`);
    if (!result.ok) return setError(result.error.message);
    props.onChanged();
  };
  return (
    <>
      <h3 class="topic-subhead">Linked feedback</h3>
      {i.linked.length === 0 && (
        <p class="muted small">
          {i.topicName ? `Everything in ${i.topicName} counts; ` : ''}link a case, conversation or
          survey answer to add its customer.
        </p>
      )}
      <ul class="topic-texts" aria-label="Linked feedback">
        {i.linked.map((l) => (
          <li key={l.id}>
            <p class="topic-text">{l.text ?? 'No words'}</p>
            <p class="muted small">
              {l.caseNumber
                ? `Case C-${l.caseNumber}`
                : l.conversationId
                  ? 'Conversation'
                  : 'Survey answer'}
              {l.contactName ? ` · ${l.contactName}` : ''} · linked {formatDate(l.linkedAt)}
              {l.notifiedAt ? ` · told ${formatDate(l.notifiedAt)}` : ''}
            </p>
            {props.canEdit && (
              <button type="button" class="button link small" onClick={() => void unlink(l.id)}>
                Unlink
              </button>
            )}
          </li>
        ))}
      </ul>
      {props.canEdit && (
        <form class="inline-form" aria-label="Link feedback" onSubmit={link} noValidate>
          <div class="field">
            <label for={`link-kind-${i.id}`}>Link</label>
            <select
              id={`link-kind-${i.id}`}
              value={kind}
              onChange={(e) => setKind(e.currentTarget.value as Kind)}
            >
              {(Object.keys(KINDS) as Kind[]).map((k) => (
                <option key={k} value={k}>
                  {KINDS[k]}
                </option>
              ))}
            </select>
          </div>
          <Field label={KINDS[kind]} value={value} onInput={setValue} maxLength={60} />
          <button class="button secondary small">Link</button>
        </form>
      )}
      <Alert error={error} />
    </>
  );
}
