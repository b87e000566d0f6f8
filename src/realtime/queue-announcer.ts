import type { Logger } from 'pino';
import type { CoreDeps } from '../core/deps.js';
import { queueStatus, type QueuePlace } from '../core/queue/queue-status.js';
import type { ServerFrame } from '../shared/realtime.js';
import { createAnswererAnnouncer } from './answerer-announcer.js';
import type { Bus } from './bus.js';
import type { Hub } from './hub.js';
import type { Presence } from './presence.js';

/**
 * Keeps waiting customers told their place in line and expected wait, and the others who has
 * their conversation and whether that person is online. Whenever ownership changes in a
 * workspace (someone is taken, released, escalated) or who is online does, every node
 * recomputes that workspace's queue and tells the customers connected to it. Changes close
 * together are handled once.
 */
export function createQueueAnnouncer(options: {
  core: Pick<CoreDeps, 'db' | 'now'>;
  bus: Bus;
  hub: Hub;
  presence: Presence;
  log: Logger;
  debounceMs?: number;
}) {
  const { core, hub, presence, log } = options;
  const pending = new Map<string, NodeJS.Timeout>();
  /** Per workspace: a timer for when the next closed team opens, so its line is told anew. */
  const openings = new Map<string, NodeJS.Timeout>();
  /** Conversations this node last told they are waiting, per workspace. */
  const waiting = new Map<string, Set<string>>();
  const answerers = createAnswererAnnouncer({ core, hub, presence });

  async function announce(workspaceId: string) {
    const places = await queueStatus(core, workspaceId, presence.onlineAgents(workspaceId));
    const before = waiting.get(workspaceId) ?? new Set<string>();
    const now = new Set(places.map((p) => p.conversationId));
    const tell = (frame: Extract<ServerFrame, { t: 'queue' }>) =>
      hub.deliver({ workspaceId, conversationId: frame.conversationId, internal: false, frame });
    for (const p of places) tell({ t: 'queue', ...p });
    // Who has each conversation followed here; those that just left the line hear it by name.
    const who = await answerers.announce(workspaceId);
    for (const id of before) {
      if (now.has(id)) continue;
      const answeredBy = who.get(id)?.name;
      tell({ t: 'queue', conversationId: id, position: null, etaMinutes: null, answeredBy });
    }
    wakeAtOpening(workspaceId, places);
    if (now.size) waiting.set(workspaceId, now);
    else waiting.delete(workspaceId);
  }

  // Nothing else happens when a team opens, yet its waiting customers' news changes then.
  function wakeAtOpening(workspaceId: string, places: QueuePlace[]) {
    clearTimeout(openings.get(workspaceId));
    openings.delete(workspaceId);
    const times = places.flatMap((p) => (p.opensAt ? [Date.parse(p.opensAt)] : []));
    if (!times.length) return;
    // Capped: timers overflow past ~24 days, and a re-check now and then costs little.
    const delay = Math.min(
      Math.max(0, Math.min(...times) - core.now().getTime()) + 1000,
      6 * 3600_000,
    );
    const timer = setTimeout(() => {
      openings.delete(workspaceId);
      schedule(workspaceId);
    }, delay);
    timer.unref();
    openings.set(workspaceId, timer);
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
  presence.onAgentsChange((workspaceId) => schedule(workspaceId));

  return {
    /** A customer (re)joined a conversation: tell them where they stand and who has it. */
    refresh(workspaceId: string, conversationId: string) {
      answerers.rejoined(workspaceId, conversationId);
      schedule(workspaceId);
    },
    close() {
      pending.forEach((t) => clearTimeout(t));
      pending.clear();
      openings.forEach((t) => clearTimeout(t));
      openings.clear();
    },
  };
}

export type QueueAnnouncer = ReturnType<typeof createQueueAnnouncer>;
