import { listAgentProfiles } from '../../db/queries/agent-profiles.js';
import { chatLoads, countWaitingChats } from '../../db/queries/invitation-staffing.js';
import { recentHandleMinutes } from '../../db/queries/queue.js';
import { findTeam } from '../../db/queries/teams.js';
import { BusinessHours } from '../../shared/schemas/business-hours.js';
import type { CoreDeps } from '../deps.js';
import { observedHandleMinutes } from '../queue/wait-model.js';
import { isOpen } from '../routing/business-hours.js';
import { predictArrivalWait, takingAgents, type ArrivalWait } from './arrival-wait.js';

export interface TeamWaitNow extends ArrivalWait {
  /** Within the team's business hours (always, without a schedule or a team). */
  open: boolean;
}

/**
 * Can the team answer a chat arriving now, and how soon: its business hours, then the queue
 * model's promise from who is online and available, their capacity, load and the line.
 * `onlineIds` comes from realtime presence; a team that no longer exists means anyone.
 */
export async function teamWaitNow(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  workspaceId: string,
  teamId: string | null,
  onlineIds: readonly string[],
): Promise<TeamWaitNow> {
  const [row, profiles] = await Promise.all([
    teamId ? findTeam(deps.db, workspaceId, teamId) : undefined,
    listAgentProfiles(deps.db, workspaceId),
  ]);
  const hours = BusinessHours.safeParse(row?.business_hours);
  const open = !row?.business_hours || !hours.success || isOpen(hours.data, deps.now());
  const team = row && { id: row.id, requiredSkills: row.required_skills };
  const staff = profiles.map((p) => ({
    id: p.user_id,
    teamIds: p.team_ids,
    skills: p.skills,
    chatCapacity: p.capacity.chat ?? 0,
    status: p.status,
  }));
  const online = new Set(onlineIds);
  const ids = takingAgents({ staff, onlineIds: online, team }).map((a) => a.id);
  const [loads, waiting, samples] = await Promise.all([
    chatLoads(deps.db, workspaceId, ids),
    countWaitingChats(deps.db, workspaceId, row?.id ?? null),
    recentHandleMinutes(deps.db, workspaceId, 50),
  ]);
  const wait = predictArrivalWait({
    staff,
    onlineIds: online,
    team,
    loads,
    waiting,
    handleMinutes: observedHandleMinutes(samples),
  });
  return { ...wait, open };
}
