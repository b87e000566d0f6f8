import { useId, useState } from 'preact/hooks';
import { CASE_STATUS_LABELS, RECOVERY_LABELS } from '../../shared/case-labels.js';
import type { CaseEvent } from '../../shared/schemas/cases.js';
import { moment, money } from '../case-format.js';
import { LockIcon } from '../components/icons.js';

interface Props {
  history: CaseEvent[];
  busy: boolean;
  /** Resolves true when the note was kept. */
  onNote: (body: string) => Promise<boolean>;
}

const label = (status: unknown) =>
  CASE_STATUS_LABELS[status as keyof typeof CASE_STATUS_LABELS] ?? String(status);

/** One line of history, in words. Every value is rendered as text. */
function describe(e: CaseEvent): string {
  const d = e.detail;
  if (e.kind === 'created') return 'Complaint received, case opened';
  if (e.kind === 'status') return `Status: ${label(d.from)} → ${label(d.to)}`;
  if (e.kind === 'owner') return `Owner: ${String(d.from)} → ${String(d.to)}`;
  if (e.kind === 'due') return `Answer promised by ${moment(String(d.to))}`;
  if (e.kind === 'action') {
    const what = RECOVERY_LABELS[d.kind as keyof typeof RECOVERY_LABELS] ?? String(d.kind);
    const paid = d.amount ? ` of ${money(String(d.amount), String(d.currency))}` : '';
    return `Recorded: ${what}${paid}${d.visibleToCustomer ? '' : ' (internal)'}`;
  }
  return String(d.body);
}

/** The case's history with who did what, and internal notes the customer never sees. */
export function CaseHistory({ history, busy, onNote }: Props) {
  const id = useId();
  const [note, setNote] = useState('');
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!note.trim()) return;
    if (await onNote(note)) setNote('');
  };
  return (
    <section class="case-section" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>History</h3>
      <ol class="case-history">
        {history.map((e) => (
          <li key={e.id} class={e.kind === 'note' ? 'case-note' : undefined}>
            {e.kind === 'note' && (
              <span class="note-label">
                <LockIcon /> Internal note
              </span>
            )}
            <span class="break">{describe(e)}</span>
            <span class="small muted">
              {' '}
              · {e.actorName ?? (e.kind === 'created' ? 'the customer' : 'Parley')}, {moment(e.at)}
            </span>
          </li>
        ))}
      </ol>
      <form class="case-form" onSubmit={submit}>
        <div class="case-field wide">
          <label for={`${id}-note`}>Internal note (never shown to the customer)</label>
          <textarea
            id={`${id}-note`}
            rows={2}
            value={note}
            maxLength={4000}
            onInput={(e) => setNote(e.currentTarget.value)}
          />
        </div>
        <button type="submit" class="button small secondary" disabled={busy || !note.trim()}>
          Add note
        </button>
      </form>
    </section>
  );
}
