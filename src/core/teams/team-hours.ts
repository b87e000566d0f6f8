import { findTeam, setTeamBusinessHours } from '../../db/queries/teams.js';
import type { BusinessHours } from '../../shared/schemas/business-hours.js';
import type { TeamView } from '../../shared/schemas/routing.js';
import type { CoreDeps } from '../deps.js';
import { notFound } from '../errors.js';
import { teamView } from './team-view.js';

/**
 * Sets when a team answers: a weekly schedule in its time zone with holidays, or null for
 * always open. Routing, the queue's promise, callbacks and invitations read it from here on.
 */
export async function setTeamHours(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  workspaceId: string,
  teamId: string,
  hours: BusinessHours | null,
): Promise<TeamView> {
  if (!(await setTeamBusinessHours(deps.db, workspaceId, teamId, hours))) throw notFound('Team');
  const row = await findTeam(deps.db, workspaceId, teamId);
  if (!row) throw notFound('Team');
  return teamView(row, deps.now());
}
