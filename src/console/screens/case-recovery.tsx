import { useId, useState } from 'preact/hooks';
import { RECOVERY_KINDS, RECOVERY_LABELS, type RecoveryKind } from '../../shared/case-labels.js';
import type { CaseAction } from '../../shared/schemas/cases.js';
import { Alert } from '../components/alert.js';
import { formatDate } from '../format.js';
import { money } from '../case-format.js';

interface Props {
  actions: CaseAction[];
  busy: boolean;
  /** Resolves true when the server recorded it. */
  onRecord: (action: object) => Promise<boolean>;
}

/** What was done to put things right, and a short form to record the next thing. */
export function RecoveryActions({ actions, busy, onRecord }: Props) {
  const id = useId();
  const [kind, setKind] = useState<RecoveryKind>('apology');
  const [note, setNote] = useState('');
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState('EUR');
  const [visible, setVisible] = useState(true);
  const [problem, setProblem] = useState<string>();
  const withMoney = kind === 'credit' || kind === 'refund';

  const submit = async (e: Event) => {
    e.preventDefault();
    const value = Number(amount.replace(',', '.'));
    if (kind === 'credit' && !amount.trim()) return setProblem('A credit needs its amount.');
    if (withMoney && amount.trim() && !(value > 0))
      return setProblem('Enter the amount as a number, such as 15 or 15.50.');
    setProblem(undefined);
    const paid =
      withMoney && amount.trim() ? { amount: value, currency: currency.toUpperCase() } : {};
    const body = { kind, ...paid, visibleToCustomer: visible, ...(note.trim() ? { note } : {}) };
    if (!(await onRecord(body))) return;
    setNote('');
    setAmount('');
  };

  return (
    <section class="case-section" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Recovery actions</h3>
      {actions.length === 0 && <p class="small muted">Nothing recorded yet.</p>}
      <ul class="case-actions">
        {actions.map((a) => (
          <li key={a.id}>
            <span class="strong">
              {a.label}
              {a.amount && a.currency ? ` · ${money(a.amount, a.currency)}` : ''}
            </span>
            {!a.visibleToCustomer && <span class="badge internal">Internal</span>}
            {a.note && <span class="break"> {a.note}</span>}
            <span class="small muted">
              {' '}
              · {a.recordedBy ?? 'Someone'}, {formatDate(a.recordedAt)}
            </span>
          </li>
        ))}
      </ul>
      <form class="case-form" onSubmit={submit} noValidate>
        <Alert error={problem} />
        <div class="case-field">
          <label for={`${id}-kind`}>Action</label>
          <select
            id={`${id}-kind`}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as RecoveryKind)}
          >
            {RECOVERY_KINDS.map((k) => (
              <option key={k} value={k}>
                {RECOVERY_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        {withMoney && (
          <>
            <div class="case-field">
              <label for={`${id}-amount`}>Amount{kind === 'refund' ? ' (optional)' : ''}</label>
              <input
                id={`${id}-amount`}
                inputMode="decimal"
                value={amount}
                onInput={(e) => setAmount(e.currentTarget.value)}
              />
            </div>
            <div class="case-field narrow">
              <label for={`${id}-currency`}>Currency</label>
              <input
                id={`${id}-currency`}
                value={currency}
                maxLength={3}
                onInput={(e) => setCurrency(e.currentTarget.value)}
              />
            </div>
          </>
        )}
        <div class="case-field wide">
          <label for={`${id}-note`}>Note</label>
          <input
            id={`${id}-note`}
            value={note}
            maxLength={2000}
            onInput={(e) => setNote(e.currentTarget.value)}
          />
        </div>
        <label class="check">
          <input
            type="checkbox"
            checked={visible}
            onChange={(e) => setVisible(e.currentTarget.checked)}
          />
          <span>Show to the customer</span>
        </label>
        <button type="submit" class="button small primary" disabled={busy}>
          Record action
        </button>
      </form>
    </section>
  );
}
