import type { AgentProfile, WorkItem } from './types.js';

/** A Monday morning; tests move the clock by hand from here. */
export const T0 = Date.UTC(2026, 0, 5, 9, 0);
export const MIN = 60_000;

/** An online support agent with three chat slots unless told otherwise. */
export function agent(id: string, over: Partial<AgentProfile> = {}): AgentProfile {
  return {
    id,
    name: id[0]!.toUpperCase() + id.slice(1),
    teams: ['support'],
    skills: {},
    capacity: { chat: 3 },
    presence: 'online',
    ...over,
  };
}

/** A normal-priority support chat that arrived at `at` minutes after T0. */
export function item(id: string, at = 0, over: Partial<WorkItem> = {}): WorkItem {
  return {
    id,
    team: 'support',
    channel: 'chat',
    skills: {},
    priority: 'normal',
    enqueuedAt: T0 + at * MIN,
    ...over,
  };
}
