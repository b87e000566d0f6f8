import { useEffect, useState } from 'preact/hooks';
import { CASE_STATUS_LABELS } from '../../shared/case-labels.js';
import type { CaseSummary } from '../../shared/schemas/cases.js';
import type { Api } from '../api.js';
import { Alert } from '../components/alert.js';
import { dueText } from '../case-format.js';
import { conversationPath, navigate } from '../router.js';
import { useGet } from '../use-get.js';

const VIEWS = ['open', 'overdue', 'resolved'] as const;
type View = (typeof VIEWS)[number];
const VIEW_LABELS: Record<View, string> = {
  open: 'Open',
  overdue: 'Overdue',
  resolved: 'Resolved',
};

interface CaseList {
  cases: CaseSummary[];
  counts: Record<View, number>;
}

/** Decorative, like the other navigation icons. */
export const CasesIcon = () => (
  <svg
    width="24"
    height="24"
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    stroke-width="1.8"
    stroke-linecap="round"
    stroke-linejoin="round"
    aria-hidden="true"
    focusable="false"
  >
    <rect x="3.5" y="7" width="17" height="12.5" rx="2" />
    <path d="M9 7V5.5A1.5 1.5 0 0 1 10.5 4h3A1.5 1.5 0 0 1 15 5.5V7M3.5 12.5h17M11 12.5v2h2v-2" />
  </svg>
);

/**
 * Complaint cases: open ones soonest due first, overdue ones highlighted, resolved ones latest
 * first. A case opens in its conversation, where the case panel is.
 */
export function Cases({ api }: { api: Api }) {
  const [view, setView] = useState<View>('open');
  const [list, reload] = useGet<CaseList>(api, `/cases?view=${view}`);
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const tick = setInterval(() => {
      setNow(Date.now());
      reload();
    }, 60_000);
    return () => clearInterval(tick);
  }, [reload]);
  const data = list.status === 'ok' ? list.data : undefined;

  const open = (event: MouseEvent, c: CaseSummary) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(conversationPath(c.conversationId));
  };

  return (
    <section class="cases">
      <h1 tabIndex={-1}>Cases</h1>
      <div class="views case-views" role="group" aria-label="Case views">
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
      <Alert error={list.status === 'error' ? list.error : undefined} />
      {data && data.cases.length === 0 && (
        <p class="muted list-empty">
          {view === 'overdue'
            ? 'Nothing overdue: every open case is within its promise.'
            : `No ${VIEW_LABELS[view].toLowerCase()} cases. Complaints from the widget’s “Report a problem” arrive here.`}
        </p>
      )}
      <ul class="case-list" aria-label="Cases">
        {data?.cases.map((c) => (
          <li key={c.id}>
            <a
              class={`case-row${c.overdue ? ' overdue' : ''}`}
              href={conversationPath(c.conversationId)}
              onClick={(e) => open(e, c)}
            >
              <span class="case-top">
                <span class="strong">{c.reference}</span>
                <span class={`badge case-${c.status}`}>{CASE_STATUS_LABELS[c.status]}</span>
                <span class={`case-due${c.overdue ? ' overdue' : ''}`}>{dueText(c, now)}</span>
              </span>
              <span class="case-subject ellipsis">{c.subject}</span>
              <span class="small muted ellipsis">
                {c.contactName ?? 'Visitor'} · {c.categoryLabel} · {c.ownerName}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
