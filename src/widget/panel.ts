// The widget's second stage, loaded on first open: topic menu, conversation, composer. Plain DOM
// to stay small; every piece of customer or agent text is set as text, never as HTML.
import { createChat } from './chat.js';
import { h } from './dom.js';
import { renderHistory } from './history.js';
import { PANEL_CSS } from './panel-css.js';
import type { PanelApi, PanelHost, Shown, Topic } from './types.js';

const TOPICS: [Topic, string, string][] = [
  ['question', 'Ask a question', 'About an order, a product or how something works.'],
  ['complaint', 'Report a problem', 'Something went wrong? We will own it until it is fixed.'],
  ['feedback', 'Give feedback', 'Ideas, praise or anything we could do better.'],
];
const LABELS = Object.fromEntries(TOPICS) as Record<Topic, string>;
const HINTS: Record<Topic, string> = {
  question: 'Ask anything. A person from the team answers right here.',
  complaint: 'Tell us what happened. A person from the team takes it from here.',
  feedback: 'Thank you for taking the time. Every message is read by the team.',
};

export function mount({ key, base, root, button, emit }: PanelHost): PanelApi {
  let topic: Topic = 'question';
  const rows = new Map<string, HTMLLIElement>();

  const title = h('h2', { id: 'parley-title' });
  const back = h('button', { class: 'x', type: 'button', 'aria-label': 'Back to topics' }, '‹');
  const closer = h('button', { class: 'x', type: 'button', 'aria-label': 'Close help' }, '×');
  const menu = h('div', { class: 'menu' }, h('p', {}, 'Hi! What can we do for you?'));
  for (const [t, label, detail] of TOPICS) {
    const b = h(
      'button',
      { class: 't', type: 'button' },
      h('strong', {}, label),
      h('span', {}, detail),
    );
    b.onclick = () => start(t);
    menu.append(b);
  }
  const past = h('div', { class: 'past' });
  menu.append(past);
  const log = h('ol', {
    class: 'log',
    role: 'log',
    'aria-label': 'Messages',
    'aria-live': 'polite',
  });
  const status = h('p', { class: 'st', role: 'status' });
  const input = h('textarea', { id: 'parley-input', rows: '2', placeholder: 'Write a message…' });
  const form = h(
    'form',
    {},
    h('label', { for: 'parley-input', class: 'sr' }, 'Message'),
    input,
    h('button', { class: 'send', type: 'submit' }, 'Send'),
  );
  const chatView = h('div', { class: 'chat' }, log, status, form);
  const panel = h(
    'section',
    { class: 'p', role: 'dialog', 'aria-labelledby': 'parley-title', hidden: '' },
    h('header', {}, back, title, closer),
    menu,
    chatView,
  );
  const style = h('style');
  style.textContent = PANEL_CSS;
  root.append(style, panel);

  const chat = createChat(key, base, {
    message: show,
    status: (s) =>
      (status.textContent =
        s === 'offline' ? 'Offline. Your messages will be sent when the connection is back.' : ''),
    typing: (on) => (status.textContent = on ? 'The team is typing…' : ''),
    error: (text) => (status.textContent = text),
  });

  function view(chatting: boolean, heading: string) {
    menu.hidden = chatting;
    chatView.hidden = !chatting;
    back.hidden = !chatting;
    title.textContent = heading;
  }

  function showMenu() {
    view(false, 'How can we help?');
    chat
      .history()
      .then((items) => renderHistory(past, items, LABELS, (c) => start(c.topic, c.id)))
      .catch(() => past.replaceChildren());
  }

  /** A new conversation on a topic, or (with `reopen`) a past one. */
  function start(t: Topic, reopen?: string) {
    rows.clear();
    topic = t;
    log.replaceChildren(...(reopen ? [] : [h('li', { class: 'hint' }, HINTS[t])]));
    status.textContent = '';
    view(true, LABELS[t]);
    input.focus();
    if (reopen) chat.switchTo(reopen, t);
    else chat.reset();
  }

  function show(m: Shown) {
    let row = rows.get(m.clientId);
    if (!row) {
      row = h('li', {}, h('p', {}, m.body), h('span', { class: 'meta' }));
      rows.set(m.clientId, row);
      log.append(row);
      if (!m.mine) {
        emit('message', { body: m.body, author: m.author });
        if (panel.hidden) button.setAttribute('data-unread', '');
      }
    }
    row.className = `m ${m.mine ? 'me' : 'them'} ${m.state}`;
    row.lastChild!.textContent = m.mine
      ? { pending: 'Sending…', sent: 'Sent', failed: 'Not sent' }[m.state]
      : m.author === 'agent'
        ? 'Team'
        : m.author === 'bot'
          ? 'Assistant'
          : '';
    if (m.seq) {
      row.dataset.seq = String(m.seq);
      // keep the order of the conversation: confirmed messages by sequence, pending ones last
      const after = [...rows.values()].find(
        (r) => r !== row && (!r.dataset.seq || Number(r.dataset.seq) > m.seq!),
      );
      if (after && after.compareDocumentPosition(row) & Node.DOCUMENT_POSITION_FOLLOWING)
        log.insertBefore(row, after);
    }
    log.scrollTop = log.scrollHeight;
  }

  function open() {
    if (!panel.hidden) return;
    panel.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    button.removeAttribute('data-unread');
    (chatView.hidden ? (menu.querySelector('button') as HTMLElement) : input).focus();
    emit('open');
  }
  function close() {
    if (panel.hidden) return;
    panel.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    button.focus();
    emit('close');
  }

  closer.onclick = close;
  back.onclick = () => {
    showMenu();
    (menu.querySelector('button') as HTMLElement).focus();
  };
  panel.onkeydown = (e) => {
    if (e.key === 'Escape') close();
  };
  input.onkeydown = (e) => {
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      form.requestSubmit();
    }
  };
  form.onsubmit = (e) => {
    e.preventDefault();
    const body = input.value.trim();
    if (!body) return;
    if (body.length > 10_000)
      return void (status.textContent = 'A message can be at most 10,000 characters.');
    chat.send(topic, body);
    input.value = '';
  };

  const current = chat.conversation;
  if (current) {
    topic = current.topic;
    view(true, LABELS[topic]);
    chat.resume();
  } else showMenu();

  return {
    call(cmd, args) {
      try {
        if (cmd === 'open') open();
        else if (cmd === 'close') close();
        else if (cmd === 'toggle') (panel.hidden ? open : close)();
        else if (cmd === 'identify') chat.identify(args[0]);
        // 'track' is accepted and ignored until the events pipeline exists
      } catch {
        // never throw into the host page
      }
    },
  };
}
