import { join, leaveAll, qualifies, setPresenceOf, type AgentState } from './classes.js';
import { forgetFree, refreshFree } from './free-agents.js';
import type { RouterState } from './state.js';
import type { AgentProfile, AgentView, Millis, Presence, TeamStaffing } from './types.js';

/**
 * Creates the agent or replaces its profile, keeping what the router tracks (load, held items,
 * idle time), and re-derives which classes it qualifies for.
 */
export function applyProfile(
  state: RouterState,
  profile: AgentProfile,
  now: Millis,
  idleSince: Millis = now,
): AgentState {
  let agent = state.agents.get(profile.id);
  if (agent) {
    leaveTeams(state, agent);
  } else {
    agent = {
      id: profile.id,
      name: '',
      teams: new Set(),
      skills: new Map(),
      capacity: new Map(),
      presence: profile.presence,
      load: new Map(),
      idleSince,
      held: new Set(),
      classes: new Map(),
      lanes: new Map(),
    };
    state.agents.set(profile.id, agent);
  }
  agent.name = profile.name ?? profile.id;
  agent.teams = new Set(profile.teams);
  agent.skills = new Map(Object.entries(profile.skills));
  // Only channels with room are kept: a class never lists an agent that cannot take its channel.
  agent.capacity = new Map(Object.entries(profile.capacity).filter(([, n]) => n > 0));
  agent.presence = profile.presence;
  refreshFree(state, agent);
  for (const team of agent.teams) {
    let members = state.teams.get(team);
    if (!members) state.teams.set(team, (members = new Set()));
    members.add(agent);
    for (const classes of state.byTeam.get(team)?.values() ?? []) {
      for (const cls of classes) if (qualifies(agent, cls)) join(agent, cls);
    }
  }
  return agent;
}

/** Takes an agent out of its teams and classes; it stays known until deleted. */
export function leaveTeams(state: RouterState, agent: AgentState): void {
  leaveAll(agent);
  forgetFree(state, agent);
  for (const team of agent.teams) state.teams.get(team)?.delete(agent);
}

/** Online, away or offline: the classes' online counts and the free sets follow. */
export function changePresence(state: RouterState, agent: AgentState, presence: Presence): void {
  setPresenceOf(agent, presence);
  refreshFree(state, agent);
}

export function viewOf(agent: AgentState): AgentView {
  return {
    id: agent.id,
    presence: agent.presence,
    load: Object.fromEntries(agent.load),
    idleSince: agent.idleSince,
    held: [...agent.held],
  };
}

/** Online agents of a team that take a channel, with their slots and load (for the wait model). */
export function staffingOf(state: RouterState, team: string, channel: string): TeamStaffing {
  const staffing: TeamStaffing = { agentsOnline: 0, slots: 0, load: 0 };
  for (const agent of state.agents.values()) {
    const cap = agent.capacity.get(channel) ?? 0;
    if (agent.presence !== 'online' || cap === 0 || !agent.teams.has(team)) continue;
    staffing.agentsOnline++;
    staffing.slots += cap;
    staffing.load += agent.load.get(channel) ?? 0;
  }
  return staffing;
}
