// The virtual agent's side of the panel: automated answers are labelled as such, cite their
// articles as links, ask "Did that answer your question?", and a "Talk to a person" bar with the
// honest place in line is always one tap away once the assistant has spoken.
import { h } from './dom.js';
import { openingPhrase } from './opening-time.js';
import type { QueueNews, Shown } from './types.js';

export interface AssistantHooks {
  base: string;
  rate(seq: number, helpful: boolean): Promise<unknown>;
  /** Resolves true when the server moved the conversation; false before the first message. */
  askPerson(): Promise<boolean>;
  say(text: string): void;
}

/** Only http(s) links from the server are shown; anything else is left as plain text. */
function safeHref(url: string, base: string): string | undefined {
  try {
    const u = new URL(url, base);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** What goes under an automated answer: the label, its sources, and the helpful question. */
export function answerExtras(m: Shown, hooks: AssistantHooks): HTMLElement[] {
  const meta = m.meta;
  if (m.author !== 'bot' || !meta) return [];
  const out: HTMLElement[] = [];
  const cites = meta.citations ?? [];
  if (cites.length) {
    const list = h('ul', { class: 'src' });
    for (const c of cites) {
      const href = c.url ? safeHref(c.url, hooks.base) : undefined;
      const link = href
        ? h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, c.title)
        : h('span', {}, c.title);
      list.append(h('li', {}, link));
    }
    out.push(h('p', { class: 'srch' }, 'From our help articles:'), list);
  }
  if (meta.kind === 'bot_answer' && !meta.declined && m.seq) {
    const seq = m.seq;
    const ask = h('div', {
      class: 'ask',
      role: 'group',
      'aria-label': 'Did that answer your question?',
    });
    const yes = h('button', { type: 'button', class: 'chip' }, 'Yes, thanks');
    const no = h('button', { type: 'button', class: 'chip' }, 'No');
    const vote = (helpful: boolean) => {
      ask.replaceChildren(
        h('span', {}, helpful ? 'Thanks for letting us know.' : 'Sorry about that.'),
      );
      hooks.rate(seq, helpful).catch(() => hooks.say('That did not go through. Try again later.'));
    };
    yes.onclick = () => vote(true);
    no.onclick = () => vote(false);
    ask.append(h('span', {}, 'Did that answer your question?'), yes, no);
    out.push(ask);
  }
  return out;
}

/** The bar above the composer: "Talk to a person", then where the customer stands in line. */
export function createPersonBar(hooks: AssistantHooks) {
  const text = h('span', { class: 'qt' });
  const button = h('button', { type: 'button', class: 'chip strong' }, 'Talk to a person');
  const bar = h('div', { class: 'pb', hidden: '' }, text, button);
  let asked = false;
  button.onclick = () => {
    button.disabled = true;
    text.textContent = 'Connecting you to the team…';
    hooks
      .askPerson()
      .then((moved) => {
        asked = true;
        button.hidden = true;
        if (!moved) text.textContent = 'Write your message: a person from the team will answer.';
      })
      .catch(() => {
        button.disabled = false;
        text.textContent = 'That did not go through. Try again in a moment.';
      });
  };
  return {
    el: bar,
    /** The assistant spoke: a person is now offered, one tap away. */
    offer() {
      if (asked) return;
      bar.hidden = false;
      button.hidden = false;
      if (!text.textContent) text.textContent = 'Automated answers by our assistant.';
    },
    /**
     * Where the customer stands in the team queue (position null: not waiting). While the team
     * is closed (`opensAt` given) they hear when it opens rather than a count of minutes, and
     * when it closes before their estimated turn, when it closes and opens again.
     */
    queue({ position, etaMinutes, answeredBy, opensAt, closesAt, reopensAt }: QueueNews) {
      if (position === null) {
        if (!answeredBy) {
          if (asked) bar.hidden = true;
          return;
        }
        // Out of the line to a person: say who, so the wait does not end in silence.
        asked = true;
        bar.hidden = false;
        button.hidden = true;
        text.textContent = `${answeredBy} has your conversation and will answer here.`;
        return;
      }
      asked = true;
      bar.hidden = false;
      button.hidden = true;
      const place = position === 1 ? 'You are next in line' : `You are number ${position} in line`;
      if (opensAt !== undefined) {
        const when = opensAt ? ` and opens ${openingPhrase(opensAt)} (your time)` : '';
        text.textContent = `${place}. The team is closed now${when}; you keep your place.`;
        return;
      }
      if (closesAt) {
        const closes = openingPhrase(closesAt);
        const after = reopensAt ? ` after it opens ${openingPhrase(reopensAt)}` : '';
        text.textContent = `${place}. The team closes ${closes} (your time), likely before your turn: you keep your place, and the answer comes here${after}.`;
        return;
      }
      text.textContent =
        etaMinutes === null
          ? `${place}. Nobody from the team is online right now; we will answer here as soon as someone is back.`
          : `${place}. Expected wait: about ${etaMinutes} minute${etaMinutes === 1 ? '' : 's'}.`;
    },
    reset() {
      asked = false;
      bar.hidden = true;
      button.disabled = false;
      text.textContent = '';
    },
  };
}
