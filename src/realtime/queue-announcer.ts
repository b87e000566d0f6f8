import type { Logger } from 'pino';
import type { CoreDeps } from '../core/deps.js';
import { answerersOf, queueStatus } from '../core/queue/queue-status.js';
import type { Bus } from './bus.js';
import type { Hub } from './hub.js';
import type { Presence } from './presence.js';

/**
 * Keeps waiting customers told their place in line and expected wait. Whenever ownership
 * changes in a workspace (someone is taken, released, escalated) or its staffing changes, every
 * node recomputes that workspace's queue and tells the customers connected to it. Changes close
 * together are handled once.
 */
export function createQueueAnnouncer(options: {
  core: Pick<CoreDeps, 'db'>;
  bus: Bus;
  hub: Hub;
  presence: Presence;
  log: Logger;
  debounceMs?: number;
}) {
  const { core, hub, presence, log } = options;
  const pending = new Map<string, NodeJS.Timeout>();
  /** Conversations this node last told they are waiting, per workspace. */
  const waiting = new Map<string, Set<string>>();

  async function announce(workspaceId: string) {
    const places = await queueStatus(core, workspaceId, presence.onlineAgents(workspaceId));
    const before = waiting.get(workspaceId) ?? new Set<string>();
    const now = new Set(places.map((p) => p.conversationId));
    const tell = (
      conversationId: string,
      position: number | null,
      etaMinutes: number | null,
      answeredBy?: string,
    ) =>
      hub.deliver({
        workspaceId,
        conversationId,
        internal: false,
        frame: { t: 'queue', conversationId, position, etaMinutes, answeredBy },
      });
    for (const p of places) tell(p.conversationId, p.position, p.etaMinutes);
    const left = [...before].filter((id) => !now.has(id));
    const answerers = await answerersOf(core, workspaceId, left);
    for (const id of left) tell(id, null, null, answerers.get(id));
    if (now.size) waiting.set(workspaceId, now);
    else waiting.delete(workspaceId);
  }

  function schedule(workspaceId: string) {
    if (pending.has(workspaceId)) return;
    const timer = setTimeout(() => {
      pending.delete(workspaceId);
      announce(workspaceId).catch((err: unknown) => log.warn({ err }, 'queue update failed'));
    }, options.debounceMs ?? 100);
    timer.unref();
    pending.set(workspaceId, timer);
  }

  options.bus.onEvent((event) => {
    if (event.inbox && event.frame.t === 'conversation') schedule(event.workspaceId);
  });
  presence.onChange((workspaceId) => schedule(workspaceId));

  return {
    /** A customer (re)joined a conversation: tell them where they stand. */
    refresh: schedule,
    close() {
      pending.forEach((t) => clearTimeout(t));
      pending.clear();
    },
  };
}

export type QueueAnnouncer = ReturnType<typeof createQueueAnnouncer>;
