import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/db.js';
import {
  deleteTeam,
  findTeam,
  insertTeam,
  listTeams,
  replaceTeamMembers,
  updateTeam,
} from '../../db/queries/teams.js';
import type { TeamInput, TeamView } from '../../shared/schemas/routing.js';
import type { CoreDeps } from '../deps.js';
import { AppError, notFound } from '../errors.js';
import { teamView } from './team-view.js';

const nameTaken = (name: string) =>
  new AppError('conflict', `There is already a team called "${name}". Choose another name.`);

/** The workspace's teams with their members, by name. */
export async function listWorkspaceTeams(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  workspaceId: string,
): Promise<TeamView[]> {
  const now = deps.now();
  return (await listTeams(deps.db, workspaceId)).map((t) => teamView(t, now));
}

/** A new team; its members must belong to the workspace. */
export async function createTeam(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  workspaceId: string,
  input: TeamInput,
): Promise<TeamView> {
  const id = randomUUID();
  await deps.db.transaction(async (tx) => {
    const row = {
      id,
      workspace_id: workspaceId,
      name: input.name,
      required_skills: input.requiredSkills,
    };
    if (!(await insertTeam(tx, row))) throw nameTaken(input.name);
    await setMembers(tx, workspaceId, id, input.memberIds);
  });
  return teamView((await findTeam(deps.db, workspaceId, id))!, deps.now());
}

/** Renames a team, changes what it requires and who is in it, all or nothing. */
export async function changeTeam(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  workspaceId: string,
  teamId: string,
  input: TeamInput,
): Promise<TeamView> {
  await deps.db.transaction(async (tx) => {
    const row = {
      id: teamId,
      workspace_id: workspaceId,
      name: input.name,
      required_skills: input.requiredSkills,
    };
    const outcome = await updateTeam(tx, row);
    if (outcome === 'missing') throw notFound('Team');
    if (outcome === 'taken') throw nameTaken(input.name);
    await setMembers(tx, workspaceId, teamId, input.memberIds);
  });
  return teamView((await findTeam(deps.db, workspaceId, teamId))!, deps.now());
}

/** Conversations routed to a removed team keep going: they fall back to the whole workspace. */
export async function removeTeam(
  deps: Pick<CoreDeps, 'db'>,
  workspaceId: string,
  teamId: string,
): Promise<void> {
  if (!(await deleteTeam(deps.db, workspaceId, teamId))) throw notFound('Team');
}

async function setMembers(tx: Db, workspaceId: string, teamId: string, memberIds: string[]) {
  const wanted = [...new Set(memberIds)];
  const added = await replaceTeamMembers(tx, workspaceId, teamId, wanted);
  if (added !== wanted.length) {
    throw new AppError('invalid_input', 'Only people in this workspace can join its teams.');
  }
}
