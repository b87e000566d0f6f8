// The panel's side of an accepted invitation: open the conversation the invitation offered (to a
// person, the assistant, or a callback request to the team), and once that conversation has
// started, tell the server which invitation led to it (the rule's team gets it; it counts as
// converted). Kept in sessionStorage, so a reload before the first message does not lose it.
import { h } from './dom.js';
import type { Accepted } from './invite.js';
import type { Topic } from './types.js';

interface Chat {
  readonly conversation: { id: string; started: boolean } | null;
  askPerson(): Promise<boolean>;
  visitor: { call(path: string, body?: unknown): Promise<unknown> };
}

const CALLBACK_HINT =
  'Leave your phone number and a good time to call: someone from the team will call you back.';

export function createInviteAccept(
  key: string,
  chat: Chat,
  start: (t: Topic) => void,
  list: HTMLElement,
) {
  const slot = `parley:${key}:invited`;
  const stored = (): Accepted | null => {
    try {
      return JSON.parse(sessionStorage.getItem(slot) ?? 'null') as Accepted | null;
    } catch {
      return null;
    }
  };
  const keep = (value: Accepted | null) => {
    try {
      if (value) sessionStorage.setItem(slot, JSON.stringify(value));
      else sessionStorage.removeItem(slot);
    } catch {
      // private mode: linking is lost on reload, nothing else
    }
  };

  return {
    /** Opens the conversation the invitation offered, the invitation's words first. */
    accept(invitation: Accepted) {
      start(invitation.topic);
      if (invitation.topic !== 'question') return keep(invitation);
      const words = invitation.offer === 'callback' ? CALLBACK_HINT : invitation.message;
      list.replaceChildren(h('li', { class: 'hint' }, words));
      if (invitation.offer !== 'bot') void chat.askPerson();
      keep(invitation);
    },
    /** A message of ours was stored: the conversation exists, so the invitation led to it. */
    started() {
      const invitation = stored();
      const conversation = chat.conversation;
      if (!invitation || !conversation?.started) return;
      keep(null);
      chat.visitor
        .call(`/api/widget/invitations/${invitation.id}/conversation`, {
          visitor: invitation.visitor,
          conversationId: conversation.id,
        })
        .catch(() => undefined);
    },
  };
}
