import { AppError, notFound } from '../errors.js';
import { applyProfile, changePresence, leaveTeams, staffingOf, viewOf } from './agents.js';
import type { AgentState } from './classes.js';
import { duration, loadPhrase } from './describe.js';
import { drainAgent, drainAll, routeItem } from './dispatch.js';
import { lineOf, positionOf, waitingCount } from './position.js';
import { compareWaiting } from './priority.js';
import { assign, newState, removeWaiting, sweepEmptyClasses, unhold } from './state.js';
import {
  DEFAULT_ROUTER_OPTIONS,
  type AgentProfile,
  type AgentView,
  type Millis,
  type Presence,
  type QueuePosition,
  type RouterOptions,
  type RoutingDecision,
  type TeamStaffing,
  type WorkItem,
} from './types.js';

/**
 * One workspace's routing, in memory and pure: the caller loads it, tells it what happened
 * with the time it happened, and records the decisions it returns. Every operation leaves no
 * online agent with room that could take a waiting item. To load from storage: agents, then
 * `hold` what each holds, then `enqueue` the waiting items (and apply what that decides).
 */
export interface Router {
  /**
   * Adds an agent or changes its profile; with room and online, it takes waiting work at once.
   * `idleSince` (a new agent's last assignment or release, from storage) defaults to `now`.
   */
  upsertAgent(profile: AgentProfile, now: Millis, idleSince?: Millis): RoutingDecision[];
  /** Forgets an agent; what it held goes back in line at its original place. */
  removeAgent(agentId: string, now: Millis): RoutingDecision[];
  /** Away and offline agents get nothing new; coming online drains the line into their room. */
  setPresence(agentId: string, presence: Presence, now: Millis): RoutingDecision[];
  /** Assigns a new item to the best free eligible agent or puts it in line. Known ids: no-op. */
  enqueue(item: WorkItem, now: Millis): RoutingDecision[];
  /** The holder is done (resolved): the slot frees and the holder's line drains into it. */
  release(itemId: string, now: Millis): RoutingDecision[];
  /** The item leaves, waiting or held (customer left, handled elsewhere). */
  remove(itemId: string, now: Millis): RoutingDecision[];
  /** A person takes a waiting item by hand; capacity does not stop them, and it counts. */
  take(itemId: string, agentId: string, now: Millis): RoutingDecision[];
  /** Moves a held item between agents (over capacity allowed); the giver's room is refilled. */
  transfer(itemId: string, fromAgentId: string, toAgentId: string, now: Millis): RoutingDecision[];
  /**
   * A held item goes back in line at its original place and to another free agent if there is
   * one; its last holder gets it back only as the best item it can take once nobody else could.
   * Set the holder away first when it must not (a missed offer).
   */
  requeue(itemId: string, now: Millis): RoutingDecision[];
  /** Everything an agent holds goes back in line, as `requeue` does (after an offline grace period). */
  requeueHeldBy(agentId: string, now: Millis): RoutingDecision[];
  /** Records an assignment that already exists (loading from storage); decides nothing. */
  hold(item: WorkItem, agentId: string): void;
  positionOf(itemId: string, now: Millis): QueuePosition | null;
  /** Waiting item ids of a team and channel in serving order (1st is next). */
  line(team: string, channel: string, now: Millis): string[];
  waiting(team: string, channel?: string): number;
  staffing(team: string, channel: string): TeamStaffing;
  heldBy(agentId: string): string[];
  agent(agentId: string): AgentView | undefined;
}

/** A router for one workspace. */
export function createRouter(options: RouterOptions = DEFAULT_ROUTER_OPTIONS): Router {
  const state = newState(options.agingMinutes);
  const agentOf = (id: string): AgentState => {
    const agent = state.agents.get(id);
    if (!agent) throw notFound('Agent');
    return agent;
  };
  const done = (out: RoutingDecision[]) => {
    sweepEmptyClasses(state);
    return out;
  };

  function requeueHeldBy(agentId: string, now: Millis): RoutingDecision[] {
    const agent = agentOf(agentId);
    const items = [...agent.held].map((id) => unhold(state, id, now)!.item);
    // Best first, so a returning urgent item is not beaten to a free agent by a returning low one.
    items.sort((a, b) => compareWaiting(a, b, now, state.agingMs));
    const out: RoutingDecision[] = [];
    for (const item of items) routeItem(state, item, now, out, agent.id);
    // Only an agent still online has room to fill (say, one who handed everything back).
    drainAll(state, agent, now, 'capacity_freed', out);
    return done(out);
  }

  return {
    upsertAgent(profile, now, idleSince) {
      const agent = applyProfile(state, profile, now, idleSince);
      const out: RoutingDecision[] = [];
      drainAll(state, agent, now, 'agent_available', out);
      return done(out);
    },
    removeAgent(agentId, now) {
      const out = requeueHeldBy(agentId, now);
      leaveTeams(state, agentOf(agentId));
      state.agents.delete(agentId);
      return out;
    },
    setPresence(agentId, presence, now) {
      const agent = agentOf(agentId);
      if (agent.presence === presence) return [];
      changePresence(state, agent, presence);
      const out: RoutingDecision[] = [];
      if (presence === 'online') drainAll(state, agent, now, 'agent_available', out);
      return done(out);
    },
    enqueue(item, now) {
      if (state.waiting.has(item.id) || state.held.has(item.id)) return [];
      const out: RoutingDecision[] = [];
      routeItem(state, item, now, out);
      return done(out);
    },
    release(itemId, now) {
      const entry = unhold(state, itemId, now);
      if (!entry) return [];
      const { agent, item } = entry;
      const detail = `${agent.name} finished with it (now ${loadPhrase(agent, item.channel)})`;
      const out: RoutingDecision[] = [{ itemId, agentId: null, reason: 'released', detail }];
      drainAgent(state, agent, item.channel, now, 'capacity_freed', out);
      return done(out);
    },
    remove(itemId, now) {
      const waiting = state.waiting.get(itemId);
      if (waiting) {
        removeWaiting(state, waiting.item);
        const detail = `Left the line after ${duration(now - waiting.item.enqueuedAt)}`;
        return done([{ itemId, agentId: null, reason: 'removed', detail }]);
      }
      const entry = unhold(state, itemId, now);
      if (!entry) return [];
      const out: RoutingDecision[] = [
        { itemId, agentId: null, reason: 'removed', detail: `Taken off ${entry.agent.name}` },
      ];
      drainAgent(state, entry.agent, entry.item.channel, now, 'capacity_freed', out);
      return done(out);
    },
    take(itemId, agentId, now) {
      const agent = agentOf(agentId);
      const held = state.held.get(itemId);
      if (held?.agent === agent) return [];
      if (held) throw new AppError('conflict', `${held.agent.name} has already taken this.`);
      const waiting = state.waiting.get(itemId);
      if (!waiting) throw notFound('Waiting item');
      removeWaiting(state, waiting.item);
      assign(state, waiting.item, agent, now);
      const channel = waiting.item.channel;
      const over = (agent.load.get(channel) ?? 0) > (agent.capacity.get(channel) ?? 0);
      const detail = `${agent.name} took it by hand: now ${loadPhrase(agent, channel)}${over ? ', over capacity' : ''}`;
      return done([{ itemId, agentId, reason: 'manual_take', detail }]);
    },
    transfer(itemId, fromAgentId, toAgentId, now) {
      const from = agentOf(fromAgentId);
      const to = agentOf(toAgentId);
      const held = state.held.get(itemId);
      if (!held) throw notFound('Assigned item');
      if (held.agent !== from)
        throw new AppError('conflict', `${held.agent.name} holds this now, not ${from.name}.`);
      if (from === to) return [];
      unhold(state, itemId, now);
      assign(state, held.item, to, now);
      const detail = `${from.name} handed it to ${to.name} (now ${loadPhrase(to, held.item.channel)})`;
      const out: RoutingDecision[] = [{ itemId, agentId: to.id, reason: 'transferred', detail }];
      drainAgent(state, from, held.item.channel, now, 'capacity_freed', out);
      return done(out);
    },
    requeue(itemId, now) {
      const entry = unhold(state, itemId, now);
      if (!entry) return [];
      const out: RoutingDecision[] = [];
      routeItem(state, entry.item, now, out, entry.agent.id);
      drainAgent(state, entry.agent, entry.item.channel, now, 'capacity_freed', out);
      return done(out);
    },
    requeueHeldBy,
    hold(item, agentId) {
      const agent = agentOf(agentId);
      if (state.held.get(item.id)?.agent === agent) return;
      if (state.held.has(item.id) || state.waiting.has(item.id)) {
        throw new AppError('conflict', 'This item is already routed.');
      }
      // Loading is not an assignment: the agent's idle time stays what storage said.
      assign(state, item, agent, agent.idleSince);
    },
    positionOf: (itemId, now) => positionOf(state, itemId, now),
    line: (team, channel, now) => lineOf(state, team, channel, now),
    waiting: (team, channel) => waitingCount(state, team, channel),
    staffing: (team, channel) => staffingOf(state, team, channel),
    heldBy: (agentId) => [...(state.agents.get(agentId)?.held ?? [])],
    agent: (agentId) => {
      const agent = state.agents.get(agentId);
      return agent && viewOf(agent);
    },
  };
}
