// The widget's second stage, loaded on first open: topic menu, conversation, composer. Plain DOM
// to stay small; every piece of customer or agent text is set as text, never as HTML. Focus stays
// inside while it is open (Tab and Shift+Tab cycle); new replies are announced politely.
import { answerExtras, createPersonBar, type AssistantHooks } from './assistant.js';
import { createCallbacks } from './callbacks.js';
import { createChat } from './chat.js';
import { createComplaint } from './complaint.js';
import { createFeedback } from './feedback.js';
import { trapFocus } from './focus-trap.js';
import { createHelpSearch } from './help-search.js';
import { h } from './dom.js';
import { renderHistory } from './history.js';
import { createInviteAccept } from './invite-accept.js';
import { placeBySeq } from './message-order.js';
import { createPresenceLine } from './presence-line.js';
import { PANEL_CSS } from './panel-css.js';
import type { PanelApi, PanelHost, Shown, Topic } from './types.js';
export { createInvites } from './invite.js'; // the loader starts invitations from here

const TOPICS: [Topic, string, string][] = [
  ['question', 'Ask a question', 'About an order, a product or how something works.'],
  ['complaint', 'Report a problem', 'Something went wrong? We will own it until it is fixed.'],
  ['feedback', 'Give feedback', 'Ideas, praise or anything we could do better.'],
];
const LABELS = Object.fromEntries(TOPICS) as Record<Topic, string>;
const OFFLINE = 'Offline. Your messages will be sent when the connection is back.';
const STATES = { pending: 'Sending…', sent: 'Sent', failed: 'Not sent' };
const AUTHORS: Record<string, string> = {
  agent: 'Team',
  bot: 'Assistant · automated answer',
  system: 'Automated message',
};
const HINTS: Record<Topic, string> = {
  question: 'Ask anything. You get an answer right here, from our help articles or the team.',
  complaint: 'Tell us what happened. A person from the team takes it from here.',
  feedback: 'Thank you for taking the time. Every message is read by the team.',
};

export function mount({ key, base, root, button, emit }: PanelHost): PanelApi {
  let topic: Topic = 'question';
  const rows = new Map<string, HTMLLIElement>();
  /** Highest sequence the agent has read; the customer's last message then says "Seen". */
  let agentRead = 0;
  let seenRow: HTMLLIElement | undefined;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  /** A note that outlives reconnects (the status line otherwise only says "offline"). */
  let notice = '';

  const title = h('h2', { id: 'parley-title' });
  const presence = createPresenceLine();
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
  const find = createHelpSearch(key, base);
  const past = h('div', { class: 'past' });
  menu.append(find.el, past);
  // The log scrolls, so it takes focus (arrow keys scroll it); it is not a live region itself:
  // `announce` reads out what the team writes, never the customer's own words back.
  const list = h('ol', { class: 'list' });
  const log = h(
    'div',
    { class: 'log', role: 'log', 'aria-label': 'Messages', 'aria-live': 'off', tabindex: '0' },
    list,
  );
  const typingLine = h('p', { class: 'ty', hidden: '' }, 'The team is typing…');
  const status = h('p', { class: 'st', role: 'status' });
  const announce = h('div', { class: 'sr', 'aria-live': 'polite' });
  const input = h('textarea', { id: 'parley-input', rows: '2', placeholder: 'Write a message…' });
  const form = h(
    'form',
    {},
    h('label', { for: 'parley-input', class: 'sr' }, 'Message'),
    input,
    h('button', { class: 'send', type: 'submit' }, 'Send'),
  );
  const hooks: AssistantHooks = {
    base,
    rate: (seq, helpful) => chat.rate(seq, helpful),
    askPerson: () => chat.askPerson(),
    say: (text) => (status.textContent = text),
  };
  const person = createPersonBar(hooks);
  const chatView = h('div', { class: 'chat' }, log, typingLine, status, person.el, form);
  const panel = h(
    'section',
    {
      class: 'p',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': 'parley-title',
      hidden: '',
    },
    h('header', {}, back, h('div', { class: 'hd' }, title, presence.el), closer),
    menu,
    chatView,
  );
  const style = h('style');
  style.textContent = PANEL_CSS;
  root.append(style, panel, announce);

  const chat = createChat(key, base, {
    message: show,
    status: (s) => (status.textContent = s === 'offline' ? OFFLINE : notice),
    typing,
    read(seq) {
      agentRead = Math.max(agentRead, seq);
      markSeen();
    },
    presence: (n) => presence.online(n),
    answerer: (name, online) => presence.answerer(name, online),
    lost() {
      if (!chat.conversation) return showMenu();
      status.textContent = notice =
        'Your earlier conversation could not be restored; this starts a new one.';
    },
    queue(news) {
      presence.line(news);
      alternatives.queue(news);
    },
    error: (text) => (status.textContent = text),
  });
  const parts = { panel, menu, chatView, back, title, list };
  const complaint = createComplaint(key, base, chat.visitor, parts, (id) => start('complaint', id));
  const feedback = createFeedback(chat.visitor, parts);
  const alternatives = createCallbacks(key, base, chat, parts, person);
  const invited = createInviteAccept(key, chat, start, list);

  /** The agent's typing indicator; it fades by itself should the "stopped" frame never come. */
  function typing(on: boolean) {
    clearTimeout(typingTimer);
    typingLine.hidden = !on;
    if (on) typingTimer = setTimeout(() => typing(false), 10_000);
  }

  /** Replies are seen when they are on screen: the panel open on the chat, the page visible. */
  function seen() {
    if (!panel.hidden && !chatView.hidden && document.visibilityState === 'visible') chat.read();
  }

  /** Only the customer's last message says "Seen", once the agent has read up to it. */
  function markSeen() {
    const mine = list.querySelectorAll<HTMLLIElement>('.me');
    const last = mine[mine.length - 1];
    if (seenRow && seenRow !== last) seenRow.lastChild!.textContent = STATES.sent;
    seenRow = undefined;
    if (last?.classList.contains('sent') && Number(last.dataset.seq) <= agentRead) {
      last.lastChild!.textContent = 'Seen';
      seenRow = last;
    }
  }

  function view(chatting: boolean, heading: string) {
    menu.hidden = chatting;
    chatView.hidden = !chatting;
    back.hidden = !chatting;
    title.textContent = heading;
  }

  function showMenu() {
    view(false, 'How can we help?');
    chat
      .settings()
      .then((s) => s.assistant && find.show())
      .catch(() => undefined);
    chat
      .history()
      .then((items) => renderHistory(past, items, LABELS, (c) => start(c.topic, c.id)))
      .catch(() => past.replaceChildren());
  }

  /** A new conversation on a topic, or (with `reopen`) a past one. */
  function start(t: Topic, reopen?: string) {
    if (t === 'complaint' && !reopen) return complaint.show();
    if (t === 'feedback' && !reopen) return feedback.review();
    complaint.follow(t === 'complaint' ? reopen : undefined);
    rows.clear();
    topic = t;
    agentRead = 0;
    seenRow = undefined;
    list.replaceChildren(...(reopen ? [] : [h('li', { class: 'hint' }, HINTS[t])]));
    status.textContent = notice = '';
    presence.reset();
    alternatives.reset();
    typing(false);
    view(true, LABELS[t]);
    input.focus();
    if (reopen) chat.switchTo(reopen, t);
    else {
      chat.reset();
      if (t === 'question')
        chat
          .settings()
          .then((s) => s.assistant && s.personFromStart && topic === t && person.offer())
          .catch(() => undefined);
    }
  }

  function show(m: Shown) {
    let row = rows.get(m.clientId);
    if (!row) {
      row = h('li', {}, h('p', {}, m.body), h('span', { class: 'meta' }));
      rows.set(m.clientId, row);
      list.append(row);
      if (!m.mine) {
        for (const extra of [...answerExtras(m, hooks), ...feedback.extras(m)])
          row.insertBefore(extra, row.lastChild);
        if (m.author === 'bot') person.offer();
        emit('message', { body: m.body, author: m.author });
        typing(false);
        const who = AUTHORS[m.author] ?? 'Message';
        if (panel.hidden) {
          button.setAttribute('data-unread', '');
          button.setAttribute('aria-label', 'Help (new message)');
          announce.textContent = `New message from the ${who === 'Team' ? 'team' : who}`;
        } else announce.textContent = `${who}: ${m.body}`;
      }
    }
    row.className = `m ${m.mine ? 'me' : 'them'} ${m.state}`;
    row.lastChild!.textContent = m.mine ? STATES[m.state] : (AUTHORS[m.author] ?? '');
    if (m.seq) placeBySeq(list, rows.values(), row, m.seq);
    if (m.mine) markSeen();
    else seen();
    if (m.mine && m.state === 'sent') invited.started();
    log.scrollTop = log.scrollHeight;
  }

  function open() {
    if (!panel.hidden) return;
    panel.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    button.removeAttribute('data-unread');
    button.setAttribute('aria-label', 'Help');
    (chatView.hidden ? (menu.querySelector('button') as HTMLElement) : input).focus();
    seen();
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
  panel.onkeydown = (e) => (e.key === 'Escape' ? close() : trapFocus(e, panel, root));
  document.addEventListener('visibilitychange', seen);
  input.oninput = () => chat.typing(input.value.trim() !== '');
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
    complaint.follow(topic === 'complaint' ? current.id : undefined);
    chat.resume();
  } else showMenu();

  return {
    call(cmd, args) {
      try {
        if (cmd === 'open') open();
        else if (cmd === 'close') close();
        else if (cmd === 'toggle') (panel.hidden ? open : close)();
        else if (cmd === 'identify') chat.visitor.identify(args[0]);
        else if (cmd === 'invite') invited.accept(args[0] as Parameters<typeof invited.accept>[0]);
      } catch {
        // never throw into the host page
      }
    },
  };
}
