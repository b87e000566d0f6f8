// Which agents could take one more item right now, per team and channel — online and under
// capacity — kept in the order they would get it. A new item walks this list from the front
// and stops at the second agent of its class, so it rarely looks at more than a few agents
// however large the team, and with a long line (everyone full) the list is empty.
import type { AgentState } from './classes.js';
import type { RouterState } from './state.js';
import type { Channel } from './types.js';

const loadOn = (agent: AgentState, channel: Channel) => agent.load.get(channel) ?? 0;

/**
 * Whether `a` gets the next item on a channel before `b`: the lower share of capacity in use,
 * then the longer idle, then the smaller id. Shares are compared by cross-multiplying, so 1/3
 * and 2/6 are an exact tie rather than a rounding accident.
 */
export function agentBefore(a: AgentState, b: AgentState, channel: Channel): boolean {
  const share = loadOn(a, channel) * (b.capacity.get(channel) ?? 0);
  const other = loadOn(b, channel) * (a.capacity.get(channel) ?? 0);
  if (share !== other) return share < other;
  if (a.idleSince !== b.idleSince) return a.idleSince < b.idleSince;
  return a.id < b.id;
}

export function freeIn(state: RouterState, team: string, channel: Channel) {
  return state.free.get(team)?.get(channel);
}

const hasRoom = (agent: AgentState, channel: Channel) =>
  agent.presence === 'online' && loadOn(agent, channel) < (agent.capacity.get(channel) ?? 0);

/**
 * Moves the agent to its place in its teams' free lists, or out of them, after its load,
 * idle time or presence changed. Idle time is the agent's, not the channel's, so every
 * channel's list may change. The lists are a team long at most: splicing is cheap.
 */
export function refreshFree(state: RouterState, agent: AgentState): void {
  for (const team of agent.teams) {
    let channels = state.free.get(team);
    if (!channels) state.free.set(team, (channels = new Map()));
    for (const channel of agent.capacity.keys()) {
      let list = channels.get(channel);
      if (!list) channels.set(channel, (list = []));
      const at = list.indexOf(agent);
      if (at >= 0) list.splice(at, 1);
      if (hasRoom(agent, channel)) list.splice(placeOf(list, agent, channel), 0, agent);
    }
  }
}

/** Takes the agent out of every free list of its current teams (before its teams change). */
export function forgetFree(state: RouterState, agent: AgentState): void {
  for (const team of agent.teams) {
    for (const list of state.free.get(team)?.values() ?? []) {
      const at = list.indexOf(agent);
      if (at >= 0) list.splice(at, 1);
    }
  }
}

function placeOf(list: readonly AgentState[], agent: AgentState, channel: Channel): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (agentBefore(list[mid]!, agent, channel)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
