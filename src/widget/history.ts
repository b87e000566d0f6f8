import { h } from './dom.js';
import type { Topic } from './types.js';

/** One past conversation, as GET /api/widget/conversations lists it. */
export interface Summary {
  id: string;
  topic: Topic;
  status: 'open' | 'resolved';
  subject: string | null;
  updatedAt: string;
}

/** Fills `box` with the visitor's latest conversations; picking one reopens it. */
export function renderHistory(
  box: HTMLElement,
  items: Summary[],
  labels: Record<Topic, string>,
  pick: (s: Summary) => void,
) {
  box.replaceChildren();
  if (!items.length) return;
  const list = h('ul', { 'aria-labelledby': 'parley-past' });
  for (const s of items.slice(0, 5)) {
    const when = new Date(s.updatedAt).toLocaleDateString(undefined, {
      day: 'numeric',
      month: 'short',
    });
    const b = h(
      'button',
      { class: 'c', type: 'button' },
      h('strong', {}, s.subject || labels[s.topic]),
      h('span', {}, `${s.status === 'resolved' ? 'Resolved' : 'Open'} · ${when}`),
    );
    b.onclick = () => pick(s);
    list.append(h('li', {}, b));
  }
  box.append(h('h3', { id: 'parley-past' }, 'Your conversations'), list);
}
