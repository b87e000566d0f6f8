// "Report a problem": a short form (category, what happened, an optional order number) that
// becomes a conversation and a case on the server. The complaint's ids are made here and kept in
// localStorage until the server has it, so a double click, a network retry or a reload while
// offline resends the same complaint and never makes a second case. Once sent, the panel shows
// the conversation, where the acknowledgement arrives like any other message.
import { DEFAULT_COMPLAINT_CATEGORIES } from '../shared/case-labels.js';
import { createCaseLine } from './case-line.js';
import { h, uuid } from './dom.js';
import { currentPage } from './page.js';
import { createStore, type createVisitorApi } from './store.js';

type VisitorApi = ReturnType<typeof createVisitorApi>;

/** The panel's pieces this view takes turns with. */
export interface ComplaintParts {
  panel: HTMLElement;
  menu: HTMLElement;
  chatView: HTMLElement;
  back: HTMLElement;
  title: HTMLElement;
  /** The conversation's message list: new replies refresh the case line. */
  list: HTMLElement;
}

interface Pending {
  complaintId: string;
  conversationId: string;
  category: string;
  description: string;
  orderRef?: string;
}

const CSS = `
.cf{flex:1;flex-direction:column;gap:6px;padding:16px;border:0;background:#f6f7f9;overflow:auto}
.cf:not([hidden]){display:flex}
.cf p{margin:0 0 6px;color:#4a5261;font-size:14px}
.cf label{font-size:13.5px;font-weight:600;color:#3a4150;margin-top:6px}
.cf label span{font-weight:400}
.cf select,.cf input,.cf textarea{flex:none;font:inherit;padding:9px 11px;border:1px solid #c3cad8;border-radius:10px;color:inherit;background:#fff;min-height:42px}
.cf textarea{resize:vertical}
.cf [aria-invalid=true]{border-color:#b42318}
.cf select:focus-visible,.cf input:focus-visible{outline:3px solid #8fb3ff;outline-offset:2px}
.cf .send{margin-top:8px;padding:11px 18px}
.cf .send[aria-disabled=true]{opacity:.7;cursor:progress}
.cf .cs{margin:4px 0 0;color:#1b1f27}
`;

const OFFLINE =
  'You seem to be offline. Your complaint is saved here and goes out as soon as the connection is back.';

export function createComplaint(
  key: string,
  base: string,
  visitor: VisitorApi,
  parts: ComplaintParts,
  opened: (conversationId: string) => void,
) {
  const store = createStore(key);
  let pending = store.load<Pending | null>('complaint', null);
  let sending = false;
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let categories: { key: string; label: string }[] | undefined;

  const category = h('select', { id: 'parley-cat' });
  const what = h('textarea', {
    id: 'parley-what',
    rows: '5',
    maxlength: '10000',
    placeholder: 'What went wrong, and when?',
  });
  const order = h('input', {
    id: 'parley-order',
    maxlength: '100',
    autocomplete: 'off',
    placeholder: 'e.g. HB-1042',
  });
  const state = h('p', { class: 'cs', role: 'status' });
  const submit = h('button', { class: 'send', type: 'submit' }, 'Send complaint');
  const style = h('style');
  style.textContent = CSS;
  const form = h(
    'form',
    { class: 'cf', hidden: '', novalidate: '', 'aria-label': 'Report a problem' },
    style,
    h('p', {}, 'Tell us what went wrong. You will see at once who owns it and when we answer.'),
    h('label', { for: 'parley-cat' }, 'What is it about?'),
    category,
    h('label', { for: 'parley-what' }, 'What happened?'),
    what,
    h('label', { for: 'parley-order' }, 'Order number ', h('span', {}, '(optional)')),
    order,
    state,
    submit,
  );
  parts.panel.insertBefore(form, parts.chatView);
  const line = createCaseLine(base, visitor, parts.list);
  parts.chatView.prepend(line.el);

  function fillCategories(list: readonly { key: string; label: string }[]) {
    const chosen = pending?.category ?? category.value;
    category.replaceChildren(...list.map((c) => h('option', { value: c.key }, c.label)));
    if (list.some((c) => c.key === chosen)) category.value = chosen;
  }

  async function loadCategories() {
    if (categories) return;
    fillCategories(DEFAULT_COMPLAINT_CATEGORIES);
    try {
      const res = await fetch(`${base}/api/widget/complaints/categories`, {
        headers: { 'x-parley-key': key },
      });
      if (!res.ok) return;
      categories = ((await res.json()) as { categories: typeof categories }).categories;
      fillCategories(categories!);
    } catch {
      // offline: the default list is what the server offers unless the workspace changed it
    }
  }

  /** A complaint waiting to go out cannot be edited (its ids are given); it can be resent. */
  function lock() {
    for (const el of [category, what, order]) el.disabled = pending !== null;
    // Not `disabled`: a focused button that is disabled drops the keyboard focus.
    submit.setAttribute('aria-disabled', String(sending));
    submit.textContent = sending ? 'Sending…' : pending ? 'Try again now' : 'Send complaint';
  }

  /** Sends the saved complaint; on a network failure it tries again, with the same ids. */
  async function send() {
    if (!pending || sending) return;
    sending = true;
    clearTimeout(timer);
    lock();
    try {
      await visitor.session();
      const page = currentPage();
      const r = await visitor.call<{ conversationId: string }>('/api/widget/complaints', {
        ...pending,
        ...(page ? { page } : {}),
      });
      pending = null;
      store.save('complaint', null);
      form.reset();
      state.textContent = '';
      form.hidden = true;
      attempt = 0;
      opened(r.conversationId);
    } catch (error) {
      const status = (error as { status?: number }).status ?? 0;
      if (status >= 400 && status < 500 && status !== 401 && status !== 408 && status !== 429) {
        // refused for good (the form needs fixing): nothing was made, the customer edits it
        pending = null;
        store.save('complaint', null);
        state.textContent = (error as Error).message;
      } else {
        state.textContent = OFFLINE;
        const ms = Math.min(30_000, 1_000 * 2 ** attempt++);
        timer = setTimeout(() => void send(), ms);
      }
    } finally {
      sending = false;
      lock();
    }
  }

  form.onsubmit = (e) => {
    e.preventDefault();
    if (pending) return void send();
    const description = what.value.trim();
    what.setAttribute('aria-invalid', String(!description));
    if (!description) {
      state.textContent = 'Please tell us what happened, in a few words.';
      return what.focus();
    }
    const orderRef = order.value.trim();
    pending = {
      complaintId: uuid(),
      conversationId: uuid(),
      category: category.value,
      description,
      ...(orderRef ? { orderRef } : {}),
    };
    store.save('complaint', pending);
    void send();
  };
  what.oninput = () => {
    if (!what.value.trim() || what.getAttribute('aria-invalid') !== 'true') return;
    what.removeAttribute('aria-invalid');
    state.textContent = '';
  };
  parts.back.addEventListener('click', () => (form.hidden = true));
  addEventListener('online', () => {
    attempt = 0;
    void send();
  });
  // A complaint saved before a reload goes out now, with the ids it was given then.
  if (pending) setTimeout(() => void send(), 0);

  return {
    /** Opens the form (with a complaint still waiting to go out, shows that one). */
    show() {
      parts.menu.hidden = true;
      parts.chatView.hidden = true;
      parts.back.hidden = false;
      parts.title.textContent = 'Report a problem';
      form.hidden = false;
      void loadCategories();
      if (pending) {
        what.value = pending.description;
        order.value = pending.orderRef ?? '';
        state.textContent = OFFLINE;
      }
      lock();
      (pending ? submit : category).focus();
    },
    /** The conversation now on screen: a complaint's shows its case line, others none. */
    follow: line.follow,
  };
}
