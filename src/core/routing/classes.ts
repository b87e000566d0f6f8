import { ItemQueue } from './item-queue.js';
import { PRIORITIES, type Channel, type Millis, type Presence, type WorkItem } from './types.js';

/** The router's record of an agent. */
export interface AgentState {
  id: string;
  name: string;
  teams: Set<string>;
  skills: Map<string, number>;
  capacity: Map<Channel, number>;
  presence: Presence;
  load: Map<Channel, number>;
  idleSince: Millis;
  held: Set<string>;
  /** The classes this agent qualifies for, by channel: the only queues its drain looks at. */
  classes: Map<Channel, Set<RoutingClass>>;
  /** Their queues in one flat list per channel: extended when a class is added, rebuilt when one goes. */
  lanes: Map<Channel, ItemQueue[]>;
}

/**
 * Items that ask for the same thing (team, channel, skill levels) are interchangeable as far
 * as eligibility goes, so the agents that qualify are worked out once per class rather than
 * per item, and each class keeps one arrival-ordered queue per base priority.
 */
export interface RoutingClass {
  key: string;
  team: string;
  channel: Channel;
  skills: readonly (readonly [string, number])[];
  /** In the team, with every skill at its level, taking the channel. Presence and load vary. */
  agents: AgentState[];
  /** How many of `agents` are online: why an item waits depends on it. */
  online: number;
  queues: ItemQueue[];
  size: number;
}

/** The key of the class an item belongs to; skills sorted so the order they were given in does not matter. */
export function classKeyOf(item: WorkItem): string {
  // Built by hand: this runs on every new item, and each intermediate array is garbage.
  let key = `${item.team}\u0000${item.channel}`;
  const names = Object.keys(item.skills);
  if (names.length > 1) names.sort();
  for (const name of names) {
    const level = item.skills[name]!;
    if (level > 0) key += `\u0000${name}=${level}`;
  }
  return key;
}

export function newClass(key: string, item: WorkItem): RoutingClass {
  const skills = Object.entries(item.skills)
    .filter(([, level]) => level > 0)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return {
    key,
    team: item.team,
    channel: item.channel,
    skills,
    agents: [],
    online: 0,
    queues: PRIORITIES.map((_, base) => new ItemQueue(base)),
    size: 0,
  };
}

/** Whether an agent may ever take this class's items (who is online and free is checked later). */
export function qualifies(agent: AgentState, cls: RoutingClass): boolean {
  if (!agent.teams.has(cls.team)) return false;
  if (!((agent.capacity.get(cls.channel) ?? 0) > 0)) return false;
  for (const [name, level] of cls.skills) {
    if ((agent.skills.get(name) ?? 0) < level) return false;
  }
  return true;
}

export function join(agent: AgentState, cls: RoutingClass): void {
  cls.agents.push(agent);
  if (agent.presence === 'online') cls.online++;
  let set = agent.classes.get(cls.channel);
  if (!set) agent.classes.set(cls.channel, (set = new Set()));
  set.add(cls);
  // A new class only adds lanes; rebuilding every qualified agent's list would cost far more.
  agent.lanes.get(cls.channel)?.push(...cls.queues);
}

/** The queues an agent's drain looks at on a channel. */
export function lanesOf(agent: AgentState, channel: Channel): ItemQueue[] {
  let lanes = agent.lanes.get(channel);
  if (!lanes) {
    lanes = [...(agent.classes.get(channel) ?? [])].flatMap((cls) => cls.queues);
    agent.lanes.set(channel, lanes);
  }
  return lanes;
}

/** Takes an agent out of every class it was in (before its profile changes or it leaves). */
export function leaveAll(agent: AgentState): void {
  for (const set of agent.classes.values()) {
    for (const cls of set) {
      cls.agents = cls.agents.filter((a) => a !== agent);
      if (agent.presence === 'online') cls.online--;
    }
  }
  agent.classes.clear();
  agent.lanes.clear();
}

/** Changes an agent's presence, keeping the online counts of its classes true. */
export function setPresenceOf(agent: AgentState, presence: Presence): void {
  const delta = Number(presence === 'online') - Number(agent.presence === 'online');
  agent.presence = presence;
  if (delta === 0) return;
  for (const set of agent.classes.values()) for (const cls of set) cls.online += delta;
}

/** Forgets a class that has no items left. */
export function dropClass(cls: RoutingClass): void {
  for (const agent of cls.agents) {
    agent.classes.get(cls.channel)?.delete(cls);
    agent.lanes.delete(cls.channel);
  }
  cls.agents = [];
}
