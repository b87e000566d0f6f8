import {
  classKeyOf,
  dropClass,
  join,
  newClass,
  qualifies,
  type AgentState,
  type RoutingClass,
} from './classes.js';
import { refreshFree } from './free-agents.js';
import { rankOf } from './priority.js';
import type { Channel, Millis, WorkItem } from './types.js';

/**
 * Empty classes are kept, since re-creating one scans the team, but only this many: beyond it
 * the longest-empty go, a few per operation, so one-off skill combinations cannot grow memory
 * and no single operation pays for a big sweep.
 */
const MAX_EMPTY_CLASSES = 2048;

/** One workspace's routing state; the modules of this folder share it, nothing else touches it. */
export interface RouterState {
  agingMs: number;
  agents: Map<string, AgentState>;
  /** Team → its agents, so a new class only looks at the team. */
  teams: Map<string, Set<AgentState>>;
  classes: Map<string, RoutingClass>;
  /** Team → channel → online agents under capacity there (see free-agents.ts). */
  free: Map<string, Map<Channel, AgentState[]>>;
  byTeam: Map<string, Map<Channel, Set<RoutingClass>>>;
  waiting: Map<string, { item: WorkItem; cls: RoutingClass }>;
  held: Map<string, { item: WorkItem; agent: AgentState }>;
  /** Classes without items, longest-empty first. */
  emptyClasses: Set<RoutingClass>;
}

export function newState(agingMinutes: number): RouterState {
  return {
    agingMs: agingMinutes * 60_000,
    agents: new Map(),
    teams: new Map(),
    classes: new Map(),
    free: new Map(),
    byTeam: new Map(),
    waiting: new Map(),
    held: new Map(),
    emptyClasses: new Set(),
  };
}

/** The item's class, created with its qualified agents on first use. */
export function classFor(state: RouterState, item: WorkItem): RoutingClass {
  const key = classKeyOf(item);
  const known = state.classes.get(key);
  if (known) return known;
  const cls = newClass(key, item);
  for (const agent of state.teams.get(cls.team) ?? []) if (qualifies(agent, cls)) join(agent, cls);
  state.classes.set(key, cls);
  let channels = state.byTeam.get(cls.team);
  if (!channels) state.byTeam.set(cls.team, (channels = new Map()));
  let set = channels.get(cls.channel);
  if (!set) channels.set(cls.channel, (set = new Set()));
  set.add(cls);
  state.emptyClasses.add(cls);
  return cls;
}

export function addWaiting(state: RouterState, cls: RoutingClass, item: WorkItem): void {
  cls.queues[rankOf(item.priority)]!.insert(item);
  if (cls.size++ === 0) state.emptyClasses.delete(cls);
  state.waiting.set(item.id, { item, cls });
}

export function removeWaiting(state: RouterState, item: WorkItem): void {
  const entry = state.waiting.get(item.id);
  if (!entry) return;
  entry.cls.queues[rankOf(item.priority)]!.remove(entry.item);
  if (--entry.cls.size === 0) state.emptyClasses.add(entry.cls);
  state.waiting.delete(item.id);
}

export function assign(state: RouterState, item: WorkItem, agent: AgentState, now: Millis): void {
  agent.load.set(item.channel, (agent.load.get(item.channel) ?? 0) + 1);
  agent.idleSince = now;
  agent.held.add(item.id);
  state.held.set(item.id, { item, agent });
  refreshFree(state, agent);
}

/** Takes a held item off its agent; the agent's idle time restarts because its load dropped. */
export function unhold(state: RouterState, itemId: string, now: Millis) {
  const entry = state.held.get(itemId);
  if (!entry) return undefined;
  const { agent, item } = entry;
  agent.load.set(item.channel, Math.max(0, (agent.load.get(item.channel) ?? 0) - 1));
  agent.idleSince = now;
  agent.held.delete(itemId);
  state.held.delete(itemId);
  refreshFree(state, agent);
  return entry;
}

/** Forgets the longest-empty classes beyond the limit. */
export function sweepEmptyClasses(state: RouterState): void {
  for (const cls of state.emptyClasses) {
    if (state.emptyClasses.size <= MAX_EMPTY_CLASSES) return;
    state.emptyClasses.delete(cls);
    dropClass(cls);
    state.classes.delete(cls.key);
    state.byTeam.get(cls.team)?.get(cls.channel)?.delete(cls);
  }
}
