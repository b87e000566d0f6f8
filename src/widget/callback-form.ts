// "Call me back": the customer leaves a number and picks "now" (offered only when someone can
// call within the promise) or a free time, shown on their own clock. The booking's id is made
// here and kept until the server answers, so a retry after a lost answer books nothing twice.
// If someone else took the last place meanwhile, the next free time is selected and said.
import type { CallbackOptions, CustomerCallbackView } from '../shared/schemas/callbacks.js';
import type { ComplaintParts } from './complaint.js';
import { h, uuid } from './dom.js';
import type { createVisitorApi } from './store.js';

type VisitorApi = ReturnType<typeof createVisitorApi>;
type Options = CallbackOptions & { defaultCountry: string };

const clock = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const midnight = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();

/** "Today, Monday 2 March", "Tomorrow, …", or the date. */
export function dayLabel(d: Date): string {
  const date = d.toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long' });
  const ahead = Math.round((midnight(d) - midnight(new Date())) / 864e5);
  return ahead === 0 ? `Today, ${date}` : ahead === 1 ? `Tomorrow, ${date}` : date;
}

const minutes = (n: number) => `${n} minute${n === 1 ? '' : 's'}`;

/** "today at 14:30", "tomorrow at 09:15", "on Friday 6 March at 11:00", or "shortly". */
const whenText = (cb: CustomerCallbackView, eta: number | null) => {
  if (!cb.slotStart) return eta ? `within about ${minutes(eta)}` : 'shortly';
  const at = new Date(cb.slotStart);
  const label = dayLabel(at);
  const day = /^To/.test(label) ? label.split(',')[0]!.toLowerCase() : `on ${label}`;
  return `${day} at ${clock.format(at)}`;
};

const field = (id: string, label: string, optional: boolean, el: HTMLElement) => [
  h('label', { for: id }, label, ...(optional ? [' ', h('span', {}, '(optional)')] : [])),
  el,
];

export function createCallbackForm(visitor: VisitorApi, parts: ComplaintParts) {
  let options: Options | undefined;
  let pendingId: string | undefined;
  let busy = false;

  const phone = h('input', {
    id: 'parley-cb-phone',
    type: 'tel',
    autocomplete: 'tel',
    inputmode: 'tel',
    maxlength: '40',
    'aria-describedby': 'parley-cb-err parley-cb-hint',
  });
  // What is wrong with the number, right under it (a phone shows the top of the form then).
  const problem = h('p', { class: 'pe', id: 'parley-cb-err' });
  const hint = h('p', { class: 'ph', id: 'parley-cb-hint' });
  const name = h('input', { id: 'parley-cb-name', autocomplete: 'name', maxlength: '120' });
  const email = h('input', {
    id: 'parley-cb-email',
    type: 'email',
    autocomplete: 'email',
    maxlength: '320',
  });
  const emailRow = h(
    'div',
    { class: 'col' },
    ...field('parley-cb-email', 'Email for a confirmation', true, email),
  );
  const note = h('textarea', { id: 'parley-cb-note', rows: '2', maxlength: '500' });
  const nowRadio = h('input', { type: 'radio', name: 'parley-when', value: 'now' });
  const slotRadio = h('input', { type: 'radio', name: 'parley-when', value: 'slot' });
  const nowText = h('span');
  const nowLabel = h('label', {}, nowRadio, nowText);
  const slotLabel = h('label', {}, slotRadio, h('span', {}, 'At a time I choose'));
  const day = h('select', { id: 'parley-cb-day' });
  const times = h('div', { class: 'tms' });
  const pick = h(
    'div',
    { class: 'col' },
    h('label', { for: 'parley-cb-day' }, 'Day'),
    day,
    h('fieldset', {}, h('legend', {}, 'Time (your time)'), times),
  );
  const state = h('p', { class: 'cs', role: 'status' });
  const submit = h('button', { class: 'send', type: 'submit' }, 'Book the call');
  const form = h(
    'form',
    { novalidate: '', 'aria-label': 'Book a call' },
    ...field('parley-cb-phone', 'Phone number', false, phone),
    problem,
    hint,
    h('fieldset', { class: 'wn' }, h('legend', {}, 'When should we call?'), nowLabel, slotLabel),
    pick,
    ...field('parley-cb-name', 'Your name', true, name),
    emailRow,
    ...field('parley-cb-note', 'What should we help with?', true, note),
    submit,
  );
  const done = h('div', { class: 'cok', tabindex: '-1', hidden: '' });
  const view = h(
    'div',
    { class: 'cb', hidden: '' },
    h('p', {}, 'Leave your number and we call you: now, or at a time that suits you.'),
    done,
    form,
    state,
  );
  parts.panel.insertBefore(view, parts.chatView);
  parts.back.addEventListener('click', () => (view.hidden = true));

  const chosenTime = () => times.querySelector<HTMLInputElement>('input:checked')?.value;

  function fillTimes(select?: string) {
    const slots = (options?.slots ?? []).filter(
      (s) => day.value === String(midnight(new Date(s.start))),
    );
    times.replaceChildren(
      ...slots.map((s) => {
        const radio = h('input', { type: 'radio', name: 'parley-time', value: s.start });
        radio.checked = s.start === select;
        return h('label', { class: 'tm' }, radio, h('span', {}, clock.format(new Date(s.start))));
      }),
    );
  }

  /** Shows what can be booked now; with `from`, the first free slot from then on is selected. */
  function render(from?: string) {
    const o = options!;
    const select = from === undefined ? undefined : o.slots.find((s) => s.start >= from)?.start;
    const days = [...new Set(o.slots.map((s) => midnight(new Date(s.start))))];
    day.replaceChildren(
      ...days.map((d) => h('option', { value: String(d) }, dayLabel(new Date(d)))),
    );
    if (select) day.value = String(midnight(new Date(select)));
    fillTimes(select);
    nowLabel.hidden = !o.now.offered;
    nowText.textContent = `Now, within about ${minutes(o.now.etaMinutes ?? 1)}`;
    slotLabel.hidden = !o.slots.length;
    nowRadio.checked = o.now.offered && !select;
    slotRadio.checked = !nowRadio.checked && o.slots.length > 0;
    pick.hidden = !slotRadio.checked;
    emailRow.hidden = !o.email;
    const country = new Intl.DisplayNames(undefined, { type: 'region' }).of(o.defaultCountry);
    hint.textContent = `Outside ${country ?? o.defaultCountry}? Start with + and your country code.`;
    const none = !o.now.offered && !o.slots.length;
    submit.disabled = none;
    state.textContent = none
      ? 'Nobody can call right now and there are no free times soon. Please write to us instead.'
      : state.textContent;
  }

  function booked(cb: CustomerCallbackView, eta: number | null) {
    const cancel = h('button', { type: 'button', class: 'chip' }, 'Cancel this call');
    cancel.onclick = async () => {
      cancel.disabled = true;
      try {
        await visitor.call(`/api/widget/callbacks/${cb.id}/cancel`, {});
        state.textContent = 'Your call is cancelled.';
        await load();
      } catch {
        cancel.disabled = false;
        state.textContent = 'That did not go through. Try again in a moment.';
      }
    };
    done.replaceChildren(
      h('h3', {}, 'Your call is booked'),
      h('p', {}, `We will call ${cb.phone} ${whenText(cb, eta)}.`),
      ...(cb.emailed ? [h('p', {}, 'A confirmation is on its way by email.')] : []),
      h('div', {}, cancel),
    );
    done.hidden = false;
    form.hidden = true;
    done.focus();
  }

  async function load(from?: string) {
    try {
      await visitor.session();
      options = await visitor.call<Options>('/api/widget/callbacks/options');
      if (options.live) return booked(options.live, null);
      done.hidden = true;
      form.hidden = false;
      render(from);
    } catch {
      state.textContent = 'We could not load the free times. Check your connection and try again.';
    }
  }

  async function send() {
    const number = phone.value.trim();
    phone.setAttribute('aria-invalid', String(!number));
    if (!number) return fail('Please enter your phone number.', phone);
    const start = slotRadio.checked ? chosenTime() : undefined;
    if (slotRadio.checked && !start) return fail('Please pick a time.', day);
    busy = true;
    submit.disabled = true;
    state.textContent = 'Booking…';
    pendingId ??= uuid();
    try {
      const { callback } = await visitor.call<{ callback: CustomerCallbackView }>(
        '/api/widget/callbacks',
        {
          callbackId: pendingId,
          phone: number,
          ...(name.value.trim() ? { name: name.value.trim() } : {}),
          ...(options?.email && email.value.trim() ? { email: email.value.trim() } : {}),
          ...(note.value.trim() ? { note: note.value.trim() } : {}),
          when: start ? { kind: 'slot', start } : { kind: 'now' },
          locale: navigator.language,
          timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        },
      );
      pendingId = undefined;
      state.textContent = '';
      booked(callback, options?.now.etaMinutes ?? null);
    } catch (error) {
      const status = (error as { status?: number }).status ?? 0;
      if (status < 400 || status >= 500) {
        state.textContent = 'You seem to be offline. Try again when the connection is back.';
      } else {
        pendingId = undefined;
        const message = (error as Error).message;
        if (status !== 409) return fail(message, /email/i.test(message) ? email : phone);
        await load(start ?? '');
        const next = chosenTime();
        state.textContent = next
          ? `${message} The next free time, ${clock.format(new Date(next))}, is selected for you.`
          : message;
      }
    } finally {
      busy = false;
      submit.disabled = false;
    }
  }

  function fail(message: string, el: HTMLElement) {
    if (el !== day) el.setAttribute('aria-invalid', 'true');
    if (el === phone) problem.textContent = message;
    state.textContent = message;
    el.focus();
  }

  form.onsubmit = (e) => {
    e.preventDefault();
    if (!busy) void send();
  };
  for (const r of [nowRadio, slotRadio]) r.onchange = () => (pick.hidden = !slotRadio.checked);
  day.onchange = () => fillTimes();
  phone.oninput = () => {
    phone.removeAttribute('aria-invalid');
    problem.textContent = '';
  };
  email.oninput = () => email.removeAttribute('aria-invalid');

  return {
    /** Opens the view in place of the menu or the conversation. */
    show() {
      parts.menu.hidden = true;
      parts.chatView.hidden = true;
      parts.back.hidden = false;
      parts.title.textContent = 'Call me back';
      view.hidden = false;
      state.textContent = 'Looking for free times…';
      void load().then(() => {
        if (state.textContent === 'Looking for free times…') state.textContent = '';
        if (!form.hidden) phone.focus();
      });
    },
  };
}
