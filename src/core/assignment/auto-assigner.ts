import type { Logger } from 'pino';
import { countPushSubscriptions } from '../../db/queries/push.js';
import { findRoutable, insertRoutingDecisions } from '../../db/queries/routing.js';
import type { ConversationEvent, InboxConversation } from '../../shared/realtime.js';
import { changeOwner } from '../conversations/change-owner.js';
import type { ConversationDeps } from '../conversations/realtime-deps.js';
import type { Presence, RoutingDecision } from '../routing/types.js';
import { assignFromQueue } from './assign-from-queue.js';
import { itemOf, loadRoutingSpace, track, type RoutingSpace } from './routing-space.js';

export interface AutoAssignerOptions {
  core: ConversationDeps;
  log: Pick<Logger, 'warn' | 'error'>;
  /** Whether the agent has a console open on any node (after its short reconnect grace). */
  isConnected: (workspaceId: string, userId: string) => boolean;
  /** How long an offline agent keeps their conversations before they go back in line. */
  offlineGraceMs: number;
  /** The same for an agent whose phone still gets Web Push: reachable, so longer. */
  pushGraceMs: number;
}

const AUTOMATIC = new Set([
  'least_load',
  'longest_idle',
  'id_order',
  'only_available',
  'capacity_freed',
  'agent_available',
]);
const WAITING = new Set(['no_qualified_agent', 'no_eligible_agent_online', 'all_at_capacity']);

/**
 * Routes conversations to agents the moment they enter the queue, and drains the queue the
 * moment capacity frees (a resolve, a transfer, an agent coming online or back from away).
 * One in-memory router per workspace, built from the database on first need and kept in step
 * by the events this node commits; work per workspace runs one task at a time. Every change is
 * applied through the ownership module under locks, so a second node or a person taking the
 * conversation by hand at the same moment simply wins, and this node rebuilds and decides again.
 */
export function createAutoAssigner(options: AutoAssignerOptions) {
  const { core, log } = options;
  const spaces = new Map<string, Promise<RoutingSpace>>();
  const chains = new Map<string, Promise<void>>();
  const offlineTimers = new Map<string, NodeJS.Timeout>();
  const now = () => core.now().getTime();

  const presenceOf = (workspaceId: string) => (userId: string, status: 'available' | 'away') =>
    !options.isConnected(workspaceId, userId) ? 'offline' : status === 'away' ? 'away' : 'online';

  function run(workspaceId: string, task: (space: RoutingSpace) => Promise<void>) {
    const previous = chains.get(workspaceId) ?? Promise.resolve();
    const next = previous
      .then(async () => task(await spaceOf(workspaceId)))
      .catch((err: unknown) => {
        log.error({ err, workspaceId }, 'routing failed; rebuilding the workspace router');
        spaces.delete(workspaceId);
      });
    chains.set(workspaceId, next);
    void next.finally(() => chains.get(workspaceId) === next && chains.delete(workspaceId));
  }

  function spaceOf(workspaceId: string): Promise<RoutingSpace> {
    let space = spaces.get(workspaceId);
    if (!space) {
      space = loadRoutingSpace(core.db, workspaceId, presenceOf(workspaceId), now()).then(
        async ({ space: loaded, decisions }) => {
          await apply(loaded, decisions);
          return loaded;
        },
      );
      space.catch(() => spaces.delete(workspaceId));
      spaces.set(workspaceId, space);
    }
    return space;
  }

  /** Writes what the router decided; a refused assignment means the world moved: rebuild. */
  async function apply(space: RoutingSpace, decisions: RoutingDecision[]) {
    const waits = decisions.filter((d) => WAITING.has(d.reason));
    await insertRoutingDecisions(
      core.db,
      space.workspaceId,
      waits.map((d) => ({
        conversation_id: d.itemId,
        agent_id: null,
        reason: d.reason,
        detail: d.detail,
      })),
    );
    for (const d of decisions) {
      if (!d.agentId || !AUTOMATIC.has(d.reason)) continue;
      const row = await findRoutable(core.db, space.workspaceId, d.itemId);
      const capacity = space.agents.get(d.agentId)?.capacity[row?.channel ?? 'chat'] ?? 0;
      const done = await assignFromQueue(core, {
        workspaceId: space.workspaceId,
        conversationId: d.itemId,
        agentId: d.agentId,
        capacity,
        reason: d.reason,
        detail: d.detail,
      });
      if (!done) {
        spaces.delete(space.workspaceId);
        run(space.workspaceId, async () => {});
        return;
      }
    }
  }

  async function onConversation(space: RoutingSpace, c: InboxConversation) {
    const { router, placed } = space;
    const at = placed.get(c.id);
    const t = now();
    if (c.status !== 'open' || c.owner === 'bot' || c.owner === 'champion') {
      if (at === undefined) return;
      return apply(space, track(space, at ? router.release(c.id, t) : router.remove(c.id, t)));
    }
    if (c.owner === 'queue') {
      // Already waiting: enter it again as the database has it now, so a new priority takes
      // effect; it keeps the time it started waiting, so its place among equals is unchanged.
      if (at !== undefined) track(space, router.remove(c.id, t));
      const row = await findRoutable(core.db, space.workspaceId, c.id);
      if (row?.owner === 'queue')
        await apply(space, track(space, router.enqueue(itemOf(space, row), t)));
      return;
    }
    const holder = c.assigneeId!;
    if (at === holder) return;
    if (!space.agents.has(holder)) {
      if (at !== undefined) await apply(space, track(space, router.remove(c.id, t)));
      return;
    }
    if (at === null) return apply(space, track(space, router.take(c.id, holder, t)));
    if (at) return apply(space, track(space, router.transfer(c.id, at, holder, t)));
    const row = await findRoutable(core.db, space.workspaceId, c.id);
    if (row?.owner === 'agent') {
      router.hold(itemOf(space, row), holder);
      placed.set(c.id, holder);
    }
  }

  /** Brings each agent's presence up to date; anyone who went offline starts a grace timer. */
  async function syncPresence(space: RoutingSpace) {
    for (const agent of space.agents.values()) {
      const next: Presence = presenceOf(space.workspaceId)(agent.user_id, agent.status);
      if (space.router.agent(agent.user_id)?.presence === next) continue;
      await apply(space, track(space, space.router.setPresence(agent.user_id, next, now())));
      const key = `${space.workspaceId}:${agent.user_id}`;
      clearTimeout(offlineTimers.get(key));
      offlineTimers.delete(key);
      if (next === 'offline') await startOfflineTimer(space.workspaceId, agent.user_id, key);
    }
  }

  async function startOfflineTimer(workspaceId: string, userId: string, key: string) {
    const byPush = (await countPushSubscriptions(core.db, workspaceId, userId)) > 0;
    const timer = setTimeout(
      () => {
        offlineTimers.delete(key);
        run(workspaceId, (space) => requeueHeld(space, userId));
      },
      byPush ? options.pushGraceMs : options.offlineGraceMs,
    );
    timer.unref();
    offlineTimers.set(key, timer);
  }

  /** An agent still offline after the grace period: their conversations go back in line. */
  async function requeueHeld(space: RoutingSpace, userId: string) {
    if (options.isConnected(space.workspaceId, userId)) return;
    for (const id of space.router.heldBy(userId)) {
      await changeOwner(core, {
        workspaceId: space.workspaceId,
        conversationId: id,
        change: { type: 'release', reason: 'offline' },
        actorId: null,
      });
    }
  }

  return {
    /** Every event this node committed: conversations entering, leaving or changing hands. */
    consider(event: ConversationEvent) {
      const f = event.frame;
      if (f.t === 'conversation') run(event.workspaceId, (s) => onConversation(s, f.conversation));
      else if (f.t === 'inbox' && f.authorType === 'contact' && !f.private) {
        run(event.workspaceId, async (s) => {
          if (s.placed.has(f.conversationId)) return;
          const row = await findRoutable(core.db, event.workspaceId, f.conversationId);
          if (row?.owner === 'queue')
            await apply(s, track(s, s.router.enqueue(itemOf(s, row), now())));
        });
      }
    },
    /** Someone's console connected or went away for good (any node). */
    presenceChanged(workspaceId: string) {
      run(workspaceId, syncPresence);
    },
    /** Teams, skills, capacity or an agent's status changed: rebuild from the database. */
    reload(workspaceId: string) {
      spaces.delete(workspaceId);
      run(workspaceId, syncPresence);
    },
    /** Waits for routing work in flight (shutdown, tests). */
    async drain() {
      while (chains.size) await Promise.all([...chains.values()]);
    },
    close() {
      for (const timer of offlineTimers.values()) clearTimeout(timer);
      offlineTimers.clear();
    },
  };
}

export type AutoAssigner = ReturnType<typeof createAutoAssigner>;
