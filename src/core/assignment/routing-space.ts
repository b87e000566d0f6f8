import type { Db } from '../../db/db.js';
import { listAgentProfiles, type AgentProfileRow } from '../../db/queries/agent-profiles.js';
import { listRoutable, type RoutableRow } from '../../db/queries/routing.js';
import { listTeams, type TeamRow } from '../../db/queries/teams.js';
import { createRouter, type Router } from '../routing/router.js';
import type { AgentProfile, Presence, RoutingDecision, WorkItem } from '../routing/types.js';

/** Conversations for no particular team: every agent of the workspace may take them. */
export const ANY_TEAM = '*';

/** One workspace's router, and what it was built from. */
export interface RoutingSpace {
  workspaceId: string;
  router: Router;
  teams: Map<string, TeamRow>;
  agents: Map<string, AgentProfileRow>;
  /** Where each item the router knows is: the agent holding it, or null while it waits. */
  placed: Map<string, string | null>;
}

/** Connected, and whether they chose to take new work; champions are never loaded. */
export type PresenceOf = (userId: string, status: 'available' | 'away') => Presence;

export function agentProfileOf(row: AgentProfileRow, presence: Presence): AgentProfile {
  return {
    id: row.user_id,
    name: row.name,
    teams: [...row.team_ids, ANY_TEAM],
    skills: row.skills,
    capacity: row.capacity,
    presence,
  };
}

export function itemOf(space: Pick<RoutingSpace, 'teams'>, row: RoutableRow): WorkItem {
  const team = row.team_id ? space.teams.get(row.team_id) : undefined;
  return {
    id: row.id,
    team: team?.id ?? ANY_TEAM,
    channel: row.channel,
    // A call needs someone who takes calls, whatever team it is for.
    skills: { ...(row.channel === 'voice' ? { voice: 1 } : {}), ...team?.required_skills },
    priority: row.priority,
    enqueuedAt: row.queued_at.getTime(),
  };
}

/** Keeps `placed` true to what the router decided. */
export function track(space: RoutingSpace, decisions: RoutingDecision[]): RoutingDecision[] {
  for (const d of decisions) {
    if (d.reason === 'released' || d.reason === 'removed') space.placed.delete(d.itemId);
    else space.placed.set(d.itemId, d.agentId);
  }
  return decisions;
}

/**
 * Builds a workspace's router from the database: agents with presence, what each holds, then
 * the waiting line in order. Returns the decisions loading made (waiting work that fits an
 * agent with room) for the caller to apply.
 */
export async function loadRoutingSpace(
  db: Db,
  workspaceId: string,
  presenceOf: PresenceOf,
  now: number,
): Promise<{ space: RoutingSpace; decisions: RoutingDecision[] }> {
  const [teams, agents, work] = await Promise.all([
    listTeams(db, workspaceId),
    listAgentProfiles(db, workspaceId),
    listRoutable(db, workspaceId),
  ]);
  const space: RoutingSpace = {
    workspaceId,
    router: createRouter(),
    teams: new Map(teams.map((t) => [t.id, t])),
    agents: new Map(agents.map((a) => [a.user_id, a])),
    placed: new Map(),
  };
  for (const a of agents) {
    space.router.upsertAgent(agentProfileOf(a, presenceOf(a.user_id, a.status)), now);
  }
  for (const row of work) {
    if (row.owner !== 'agent' || !row.assignee_id || !space.agents.has(row.assignee_id)) continue;
    space.router.hold(itemOf(space, row), row.assignee_id);
    space.placed.set(row.id, row.assignee_id);
  }
  const decisions: RoutingDecision[] = [];
  const waiting = work
    .filter((r) => r.owner === 'queue')
    .sort((a, b) => a.queued_at.getTime() - b.queued_at.getTime());
  for (const row of waiting)
    decisions.push(...track(space, space.router.enqueue(itemOf(space, row), now)));
  return { space, decisions };
}
