// "Call me back" in the help panel, and the way out of a long queue: above the workspace's
// threshold (or with nobody online) the waiting customer is offered a call back or an answer by
// email instead of more waiting. Their place in line is kept either way. The queue's news goes
// through here to the person bar (place and wait) and on to the alternatives.
import type { WidgetCallbackSettings } from '../shared/schemas/callbacks.js';
import { CALLBACK_CSS } from './callback-css.js';
import { createCallbackForm } from './callback-form.js';
import type { ComplaintParts } from './complaint.js';
import { h } from './dom.js';
import type { createVisitorApi } from './store.js';
import type { QueueNews } from './types.js';

/** The person bar's side of the queue (assistant.ts). */
interface PersonBar {
  queue(news: QueueNews): void;
  reset(): void;
}

interface Chat {
  visitor: ReturnType<typeof createVisitorApi>;
  readonly conversation: { id: string } | null;
}

export function createCallbacks(
  key: string,
  base: string,
  chat: Chat,
  parts: ComplaintParts,
  person: PersonBar,
) {
  const style = h('style');
  style.textContent = CALLBACK_CSS;
  parts.panel.append(style);
  const form = createCallbackForm(chat.visitor, parts);
  const settings: Promise<WidgetCallbackSettings | undefined> = fetch(
    `${base}/api/widget/callbacks/settings`,
    { headers: { 'x-parley-key': key } },
  )
    .then((r) => (r.ok ? (r.json() as Promise<WidgetCallbackSettings>) : undefined))
    .catch(() => undefined);

  // In the menu, after the topics.
  const entry = h(
    'button',
    { class: 't', type: 'button', hidden: '' },
    h('strong', {}, 'Call me back'),
    h('span', {}, 'Leave your number: we call you now or when it suits you.'),
  );
  entry.onclick = () => form.show();
  const topics = parts.menu.querySelectorAll('.t');
  topics[topics.length - 1]?.after(entry);
  void settings.then((s) => (entry.hidden = !s?.enabled));

  const text = h('p', {}, 'Rather not wait?');
  const call = h('button', { type: 'button', class: 'chip strong' }, 'Call me back');
  const byEmail = h('button', { type: 'button', class: 'chip' }, 'Answer me by email');
  const address = h('input', {
    id: 'parley-alt-email',
    type: 'email',
    autocomplete: 'email',
    maxlength: '320',
    'aria-label': 'Your email address',
    placeholder: 'you@example.com',
  });
  const mailForm = h(
    'form',
    { hidden: '', novalidate: '' },
    address,
    h('button', { type: 'submit', class: 'chip strong' }, 'Send'),
  );
  const note = h('p', { role: 'status' });
  const bar = h(
    'div',
    { class: 'alt', role: 'group', 'aria-label': 'Instead of waiting', hidden: '' },
    text,
    call,
    byEmail,
    mailForm,
    note,
  );
  parts.chatView.insertBefore(bar, parts.chatView.lastElementChild);
  /** The conversation whose customer chose email: the offer is not made again. */
  let emailed: string | undefined;

  call.onclick = () => form.show();
  byEmail.onclick = () => {
    mailForm.hidden = false;
    byEmail.hidden = true;
    address.focus();
  };
  mailForm.onsubmit = async (e) => {
    e.preventDefault();
    const id = chat.conversation?.id;
    const value = address.value.trim();
    if (!id || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) {
      address.setAttribute('aria-invalid', 'true');
      note.textContent = 'Please enter your email address, like you@example.com.';
      return address.focus();
    }
    address.removeAttribute('aria-invalid');
    note.textContent = 'Sending…';
    try {
      await chat.visitor.call(`/api/widget/conversations/${id}/email-reply`, { email: value });
      emailed = id;
      mailForm.hidden = true;
      call.hidden = byEmail.hidden = true;
      text.textContent = '';
      note.textContent = `Done: we will answer by email at ${value}.`;
    } catch (error) {
      note.textContent = (error as Error).message || 'That did not go through. Try again.';
    }
  };

  return {
    /** The customer's place in line changed: offer the alternatives when the wait is long. */
    queue(news: QueueNews) {
      person.queue(news);
      const { position, etaMinutes, opensAt, closesAt } = news;
      void settings.then((s) => {
        if (position === null || !s || !(s.enabled || s.email)) return void (bar.hidden = true);
        // Once they chose email here, the bar keeps saying so while they wait.
        if (emailed && emailed === chat.conversation?.id) return;
        const long = etaMinutes === null || etaMinutes > s.alternativesMinutes;
        if (!long) return void (bar.hidden = true);
        call.hidden = !s.enabled;
        byEmail.hidden = !s.email || !mailForm.hidden;
        // Across a closed team's hours, a count of minutes says less than the times above.
        const minutes = opensAt === undefined && !closesAt ? etaMinutes : null;
        text.textContent =
          minutes === null ? 'Rather not wait?' : `Rather not wait ${minutes} minutes?`;
        bar.hidden = false;
      });
    },
    /** Another conversation is on screen: start over. */
    reset() {
      person.reset();
      bar.hidden = true;
      mailForm.hidden = true;
      note.textContent = '';
    },
  };
}
