// The sentences in routing decisions. Kept apart from the logic so wording can change freely;
// the machine-readable reason is what code relies on.
import type { AgentState, RoutingClass } from './classes.js';
import type { Pick } from './pick-agent.js';
import { priorityAt, rankOf } from './priority.js';
import type { Channel, Millis, WorkItem } from './types.js';

const NOUNS: Record<string, string> = {
  chat: 'chat',
  email: 'email',
  voice: 'call',
  callback: 'callback',
};

function noun(channel: Channel, count: number): string {
  const word = NOUNS[channel] ?? `${channel} item`;
  return count === 1 ? word : `${word}s`;
}

/** "4 min", "2 h 5 min", "<1 min". */
export function duration(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / 60_000);
  if (minutes < 1) return '<1 min';
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** "1 of 3 chats": the agent's load on a channel against its capacity. */
export function loadPhrase(agent: AgentState, channel: Channel): string {
  const cap = agent.capacity.get(channel) ?? 0;
  return `${agent.load.get(channel) ?? 0} of ${cap} ${noun(channel, cap)}`;
}

/** Why this agent, in words, said before the load changes. */
export function describePick(
  pick: Extract<Pick, { agent: AgentState }>,
  channel: Channel,
  now: Millis,
): string {
  const { agent, runnerUp: next } = pick;
  const head = `${agent.name}: ${loadPhrase(agent, channel)}, idle ${duration(now - agent.idleSince)}`;
  if (!next) return `${head}; the only eligible agent with room`;
  if (pick.reason === 'least_load')
    return `${head}; lightest load (next: ${next.name}, ${loadPhrase(next, channel)})`;
  if (pick.reason === 'longest_idle') {
    return `${head}; idle longest at that load (next: ${next.name}, idle ${duration(now - next.idleSince)})`;
  }
  return `${head}; level with ${next.name} on load and idle time, first by id`;
}

/** Why an item waits, in words. */
export function describeWait(pick: Extract<Pick, { agent: null }>, cls: RoutingClass): string {
  const skills = cls.skills.map(([name, level]) => `${name} ≥ ${level}`).join(', ');
  if (pick.reason === 'no_qualified_agent') {
    return `Nobody in team ${cls.team} takes ${noun(cls.channel, 2)}${skills ? ` with ${skills}` : ''}`;
  }
  if (pick.reason === 'no_eligible_agent_online') {
    return pick.qualified === 1
      ? `The one qualified agent of team ${cls.team} is not online`
      : `None of the ${pick.qualified} qualified agents of team ${cls.team} is online`;
  }
  return `All ${pick.online} qualified agents online are at capacity for ${noun(cls.channel, 2)}`;
}

/** Why an agent with room took this waiting item. */
export function describeDrain(
  agent: AgentState,
  item: WorkItem,
  rank: number,
  trigger: 'capacity_freed' | 'agent_available',
  now: Millis,
): string {
  const why = trigger === 'capacity_freed' ? 'had a slot free' : 'became available';
  const aged = rank > rankOf(item.priority) ? ` (aged from ${item.priority})` : '';
  return (
    `${agent.name} ${why} (${loadPhrase(agent, item.channel)}): ` +
    `next in line, ${priorityAt(rank)}${aged}, waited ${duration(now - item.enqueuedAt)}`
  );
}
