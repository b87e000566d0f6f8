// The invitation bubble beside the help button. It never takes focus (the visitor may be typing
// in the page): it is announced politely, and sits just before the help button in the tab order.
// Escape or × dismisses it; motion only for those who have not asked for less.
import type { InvitationView } from '../shared/schemas/invitations.js';
import { h } from './dom.js';

const CSS =
  '.iv{position:fixed;right:20px;bottom:88px;z-index:2147483646;box-sizing:border-box;width:280px;max-width:calc(100vw - 40px);padding:14px 14px 12px;border-radius:12px;background:#fff;color:#1b2119;font:15px/1.4 system-ui,sans-serif;box-shadow:0 6px 24px #0003}' +
  '.iv p{margin:0 24px 10px 0}.iv button{font:inherit;cursor:pointer;border-radius:8px}' +
  '.iy{border:0;padding:8px 14px;background:#2457c5;color:#fff;font-weight:600}' +
  '.ix{position:absolute;top:6px;right:6px;width:32px;height:32px;border:0;background:none;color:#444;font-size:20px}' +
  '.iv button:focus-visible{outline:3px solid #8fb3ff;outline-offset:2px}' +
  '@media (prefers-reduced-motion:no-preference){.iv{animation:iv .3s ease-out}}' +
  '@keyframes iv{from{opacity:0;transform:translateY(10px)}}';

const ACTIONS = { person: 'Chat with us', bot: 'Ask the assistant', callback: 'Ask for a call' };

/** Shows the invitation; `answered(true)` on accept, `(false)` on dismiss. Returns a remover. */
export function showBubble(
  root: ShadowRoot,
  button: HTMLElement,
  invitation: InvitationView,
  answered: (accepted: boolean) => void,
): () => void {
  const text = h('p', { 'aria-live': 'polite' });
  const yes = h('button', { class: 'iy', type: 'button' }, ACTIONS[invitation.offer]);
  const no = h('button', { class: 'ix', type: 'button', 'aria-label': 'Dismiss invitation' }, '×');
  const style = h('style');
  style.textContent = CSS;
  const box = h('div', { class: 'iv', role: 'region', 'aria-label': 'Invitation' }, text, yes, no);
  root.insertBefore(box, button);
  root.prepend(style);
  // Filled once the live region exists, so screen readers announce it.
  setTimeout(() => (text.textContent = invitation.message), 50);
  const remove = () => {
    const hadFocus = box.contains(root.activeElement);
    box.remove();
    style.remove();
    if (hadFocus) button.focus();
  };
  yes.onclick = () => answered(true);
  no.onclick = () => answered(false);
  // A block, not an expression: a handler returning false would cancel Tab as well.
  box.onkeydown = (e) => {
    if (e.key === 'Escape') answered(false);
  };
  return remove;
}
