// The panel header's line under the title: whether someone can answer now.
import { h } from './dom.js';
import type { QueueNews } from './types.js';

/**
 * Once a person has the conversation, speaks of them: "Laura Lager is online" or that they are
 * away. Otherwise follows the workspace-wide presence frame and, while the conversation waits in
 * line, its own team's line, so it never says "online" beside a line that says nobody is (only
 * other teams online, or the team closed). Hidden until the first presence frame.
 */
export function createPresenceLine() {
  const el = h('p', { class: 'sub', hidden: '' });
  let online = 0;
  let lineServed: boolean | undefined;
  let answerer: { name: string; online: boolean } | undefined;
  const say = () => {
    if (answerer) {
      el.hidden = false;
      el.textContent = answerer.online
        ? `${answerer.name} is online`
        : `${answerer.name} is away right now; the reply will come here`;
      return;
    }
    el.textContent =
      online > 0 && lineServed !== false
        ? 'A team member is online'
        : 'We’ll reply here as soon as someone is back';
  };
  return {
    el,
    /** Team members online, workspace-wide. */
    online(n: number) {
      online = n;
      el.hidden = false;
      say();
    },
    /** The conversation's place in line (position null: not waiting). */
    line({ position, etaMinutes, opensAt }: QueueNews) {
      lineServed = position === null ? undefined : etaMinutes !== null && opensAt === undefined;
      say();
    },
    /** The person who has the conversation now (name null: nobody in particular). */
    answerer(name: string | null, isOnline: boolean) {
      answerer = name ? { name, online: isOnline } : undefined;
      say();
    },
    /** A new or other conversation: its line and answerer are not known yet. */
    reset() {
      lineServed = undefined;
      answerer = undefined;
      say();
    },
  };
}
