// The line above a complaint conversation: the case's reference and status, who owns it, when
// the customer will hear back, and a link to their case page. It is read again whenever the team
// or the system writes, so a change of status shows without a reload.
import type { WidgetCase } from '../shared/schemas/cases.js';
import { h } from './dom.js';
import type { createVisitorApi } from './store.js';

const CSS = `
.cl{padding:8px 14px;background:#fff8e6;border-bottom:1px solid #eadfc4;font-size:13.5px;color:#1b1f27}
.cl p{margin:0}
.cl .late{color:#8f1d14;font-weight:600}
.cl a{color:#1d4aad}
`;

const time = (iso: string) =>
  new Date(iso).toLocaleString(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });

export function createCaseLine(
  base: string,
  visitor: ReturnType<typeof createVisitorApi>,
  list: HTMLElement,
) {
  const style = h('style');
  style.textContent = CSS;
  // Built once and updated in place: a refresh never takes focus away from the link.
  const heading = h('strong');
  const due = h('span');
  const link = h('a', { target: '_blank', rel: 'noopener' }, 'Case page');
  const el = h(
    'div',
    { class: 'cl', hidden: '', role: 'status', 'aria-label': 'Your case' },
    style,
    h('p', {}, heading),
    h('p', {}, due, ' · ', link),
  );
  let current: string | undefined;
  let asked = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function show(c: WidgetCase) {
    heading.textContent = `Case ${c.reference} · ${c.statusLabel}`;
    const late = c.overdue && c.status !== 'resolved';
    due.className = late ? 'late' : '';
    due.textContent =
      c.status === 'resolved'
        ? `Owner: ${c.owner}`
        : late
          ? `Answer was due ${time(c.dueAt)}; sorry we are late`
          : `${c.owner} · answer by ${time(c.dueAt)}`;
    link.href = base + c.link;
    el.hidden = false;
  }

  async function refresh() {
    const id = current;
    const mine = ++asked;
    if (!id || !visitor.token) return;
    try {
      const c = await visitor.call<WidgetCase>(`/api/widget/conversations/${id}/case`);
      if (mine === asked && id === current) show(c);
    } catch {
      // no case (an older complaint) or offline: the line stays as it was
    }
  }

  // A message from the other side (a reply, a status notice) may mean the case moved on.
  new MutationObserver((changes) => {
    const theirs = changes.some((c) =>
      [...c.addedNodes].some((n) => (n as Element).classList?.contains('them')),
    );
    if (!theirs || !current) return;
    clearTimeout(timer);
    timer = setTimeout(() => void refresh(), 300);
  }).observe(list, { childList: true });

  return {
    el,
    /** The conversation on screen; a complaint's shows its case, anything else hides the line. */
    follow(conversationId: string | undefined) {
      if (conversationId !== current) el.hidden = true;
      current = conversationId;
      void refresh();
    },
  };
}
