// The panel header's line under the title: whether someone from the team can answer now.
import { h } from './dom.js';

/**
 * Follows the workspace-wide presence frame and, while the conversation waits in line, its own
 * team's line, so it never says "online" beside a line that says nobody is (only other teams
 * online, or the team closed). Hidden until the first presence frame.
 */
export function createPresenceLine() {
  const el = h('p', { class: 'sub', hidden: '' });
  let online = 0;
  let lineServed: boolean | undefined;
  const say = () =>
    (el.textContent =
      online > 0 && lineServed !== false
        ? 'A team member is online'
        : 'We’ll reply here as soon as someone is back');
  return {
    el,
    /** Team members online, workspace-wide. */
    online(n: number) {
      online = n;
      el.hidden = false;
      say();
    },
    /** The conversation's place in line (position null: not waiting). */
    line(position: number | null, eta: number | null, opensAt: string | null | undefined) {
      lineServed = position === null ? undefined : eta !== null && opensAt === undefined;
      say();
    },
    /** A new or other conversation: its line is not known yet. */
    reset() {
      lineServed = undefined;
      say();
    },
  };
}
