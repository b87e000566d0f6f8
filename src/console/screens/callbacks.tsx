import { useEffect, useState } from 'preact/hooks';
import { CALLBACK_VIEWS, type CallbackListView } from '../../shared/callback-labels.js';
import type { CallbackList, CallbackView } from '../../shared/schemas/callbacks.js';
import type { Api } from '../api.js';
import { callbackState, callbackWhen } from '../callback-format.js';
import { Alert } from '../components/alert.js';
import { useGet } from '../use-get.js';
import { CallbackCard } from './callback-card.js';

const VIEW_LABELS: Record<CallbackListView, string> = {
  today: 'Today',
  upcoming: 'Upcoming',
  overdue: 'Overdue',
  done: 'Done',
};
const EMPTY: Record<CallbackListView, string> = {
  today: 'No calls to make today. Customers book them from the widget’s “Call me back”.',
  upcoming: 'Nothing booked for the coming days.',
  overdue: 'Nothing overdue: every call due so far has been made.',
  done: 'No calls closed in the last week.',
};
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * Calls to make: today's (your day), upcoming, overdue (past their slot with no call recorded)
 * and done. Each opens in place with the number to dial and the outcome form.
 */
export function Callbacks({ api }: { api: Api }) {
  const [view, setView] = useState<CallbackListView>('today');
  const [list, reload] = useGet<CallbackList>(
    api,
    `/callbacks?view=${view}&tz=${encodeURIComponent(zone)}`,
  );
  const [open, setOpen] = useState<string>();
  useEffect(() => {
    const tick = setInterval(reload, 30_000);
    return () => clearInterval(tick);
  }, [reload]);
  const data = list.status === 'ok' ? list.data : undefined;

  return (
    <section class="callbacks">
      <h1 tabIndex={-1}>Calls</h1>
      <div class="views cb-views" role="group" aria-label="Callback views">
        {CALLBACK_VIEWS.map((v) => (
          <button
            key={v}
            type="button"
            class={`view-button${v === 'overdue' && data?.counts.overdue ? ' late' : ''}`}
            aria-pressed={v === view}
            onClick={() => setView(v)}
          >
            {VIEW_LABELS[v]} <span class="count">{data?.counts[v] ?? '·'}</span>
          </button>
        ))}
      </div>
      <Alert error={list.status === 'error' ? list.error : undefined} />
      {data && data.callbacks.length === 0 && <p class="muted list-empty">{EMPTY[view]}</p>}
      <ul class="cb-list" aria-label="Callbacks">
        {data?.callbacks.map((c) => (
          <li key={c.id}>
            <Row
              c={c}
              open={open === c.id}
              onToggle={() => setOpen(open === c.id ? undefined : c.id)}
            />
            {open === c.id && <CallbackCard api={api} callback={c} onChange={reload} />}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Row({ c, open, onToggle }: { c: CallbackView; open: boolean; onToggle: () => void }) {
  return (
    <div class={`cb-row${c.overdue ? ' overdue' : ''}`}>
      <div class="cb-row-main">
        <span class="cb-row-top">
          <span class="strong">{callbackWhen(c)}</span>
          <span class={`badge cb-${c.status}`}>{callbackState(c)}</span>
        </span>
        <span class="ellipsis">
          {c.name ?? 'Visitor'} ·{' '}
          <a href={`tel:${c.phone}`} class="cb-tel">
            {c.phoneDisplay}
          </a>
        </span>
        {c.note && <span class="small muted ellipsis">{c.note}</span>}
      </div>
      <button
        type="button"
        class="button small secondary"
        aria-expanded={open}
        aria-label={`${open ? 'Close' : 'Open'} the callback to ${c.name ?? c.phoneDisplay}`}
        onClick={onToggle}
      >
        {open ? 'Close' : 'Open'}
      </button>
    </div>
  );
}
