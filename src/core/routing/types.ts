/** Whether an agent takes new work: only `online` agents are routed to. */
export type Presence = 'online' | 'away' | 'offline';

/** Base priorities, lowest first: the index is the rank aging adds to. */
export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** A medium with its own capacity per agent: chat, email, voice, callback, … */
export type Channel = string;

/** Epoch milliseconds. The router never reads a clock; every operation is told the time. */
export type Millis = number;

/** What the workspace says about an agent; load and idle time are the router's to track. */
export interface AgentProfile {
  id: string;
  /** Used in the sentences that explain decisions; the id when absent. */
  name?: string;
  teams: readonly string[];
  /** Skill name → level 1..5. */
  skills: Readonly<Record<string, number>>;
  /** Channel → how many items at once; a channel missing or at 0 is one the agent does not take. */
  capacity: Readonly<Record<Channel, number>>;
  presence: Presence;
}

/** A conversation or a callback task that needs a person. */
export interface WorkItem {
  id: string;
  team: string;
  channel: Channel;
  /** Skill name → minimum level. */
  skills: Readonly<Record<string, number>>;
  priority: Priority;
  /** Its place in line; kept when the item is put back, so it never loses its turn. */
  enqueuedAt: Millis;
}

/** Why an item went to this agent. */
export type AssignReason =
  /** The lowest load for the channel (load ÷ capacity) among the free eligible agents. */
  | 'least_load'
  /** Equal load; this agent had been idle longest. */
  | 'longest_idle'
  /** Equal load and idle time; the first agent id in sort order, so replays agree. */
  | 'id_order'
  /** The only free eligible agent. */
  | 'only_available'
  /** The agent freed a slot and took the best waiting item it may take. */
  | 'capacity_freed'
  /** The agent came online, joined, or gained capacity or skills, and took waiting work. */
  | 'agent_available'
  /** A person chose the item; capacity does not apply. */
  | 'manual_take'
  | 'transferred';

/** Why an item waits. */
export type WaitReason =
  /** Nobody in the team has the skills at the levels asked and takes the channel. */
  | 'no_qualified_agent'
  /** Qualified agents exist but none is online. */
  | 'no_eligible_agent_online'
  | 'all_at_capacity';

/** Why an item left the router. */
export type LeaveReason = 'released' | 'removed';

export type DecisionReason = AssignReason | WaitReason | LeaveReason;

/** One routing decision: where an item went and why, for machines and for people. */
export interface RoutingDecision {
  itemId: string;
  /** The agent holding the item now; null while it waits or after it left. */
  agentId: string | null;
  reason: DecisionReason;
  /** A sentence a supervisor can read, e.g. "Laura: 1 of 3 chats, idle 4 min". */
  detail: string;
}

export interface RouterOptions {
  /** Each this many minutes of waiting raises an item one priority level, up to urgent. */
  agingMinutes: number;
}

export const DEFAULT_ROUTER_OPTIONS: RouterOptions = { agingMinutes: 10 };

/** An item's place among the waiting items of its team and channel. */
export interface QueuePosition {
  /** 1 is next. */
  position: number;
  /** All items waiting in the same team and channel. */
  waiting: number;
  /** The priority after aging, at the time asked. */
  effectivePriority: Priority;
}

/** What the router knows about an agent right now. */
export interface AgentView {
  id: string;
  presence: Presence;
  load: Readonly<Record<Channel, number>>;
  idleSince: Millis;
  held: readonly string[];
}

/** The staffing of one team and channel, in the terms the wait model uses. */
export interface TeamStaffing {
  agentsOnline: number;
  /** Summed capacity of the online agents. */
  slots: number;
  /** Items the online agents hold. */
  load: number;
}
