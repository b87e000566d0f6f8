import type { AgentProfileRow } from '../../db/queries/agent-profiles.js';
import type { TeamRow } from '../../db/queries/teams.js';
import { BusinessHours } from '../../shared/schemas/business-hours.js';
import { businessMinutesBetween } from '../routing/business-hours.js';
import { MINUTE_MS } from '../routing/zoned-time.js';

export const VOICE = 'voice';

/** An agent who can make calls: the voice skill and room for a call. */
export interface Caller {
  id: string;
  teamIds: string[];
  /** Calls at once (voice capacity). */
  capacity: number;
  /** They chose to take new work (not away). */
  available: boolean;
}

/** Each team's opening hours; null: always open; undefined (unreadable hours): never. */
export type Schedules = Map<string, BusinessHours | null | undefined>;

export function schedulesOf(teams: Pick<TeamRow, 'id' | 'business_hours'>[]): Schedules {
  return new Map(
    teams.map((t) => {
      if (t.business_hours === null || t.business_hours === undefined) return [t.id, null];
      // Hours are validated when saved; one that no longer reads promises nothing.
      const parsed = BusinessHours.safeParse(t.business_hours);
      return [t.id, parsed.success ? parsed.data : undefined];
    }),
  );
}

/** Who can call back: agents with the voice skill and voice capacity, in the team if one is set. */
export function callersOf(agents: AgentProfileRow[], teamId: string | null): Caller[] {
  return agents
    .filter((a) => (a.skills[VOICE] ?? 0) >= 1 && (a.capacity[VOICE] ?? 0) > 0)
    .filter((a) => !teamId || a.team_ids.includes(teamId))
    .map((a) => ({
      id: a.user_id,
      teamIds: a.team_ids,
      capacity: a.capacity[VOICE]!,
      available: a.status === 'available',
    }));
}

/**
 * The teams open for the whole of [from, to). Worked out once per span and shared by every
 * caller, so a week of slots costs teams × slots schedule look-ups, not agents × slots.
 */
export function openTeams(schedules: Schedules, from: Date, to: Date): Set<string> {
  const minutes = (to.getTime() - from.getTime()) / MINUTE_MS;
  const open = new Set<string>();
  for (const [id, hours] of schedules) {
    if (hours === null || (hours && businessMinutesBetween(hours, from, to) >= minutes)) {
      open.add(id);
    }
  }
  return open;
}

/**
 * On shift: a team they belong to is open. An agent in no team keeps no hours, like a team
 * without business hours, and is always on shift.
 */
export const onShift = (caller: Caller, open: Set<string>) =>
  caller.teamIds.length === 0 || caller.teamIds.some((id) => open.has(id));
