import {
  listAgentProfiles,
  saveAgentProfile,
  saveAgentStatus,
  type AgentProfileRow,
} from '../../db/queries/agent-profiles.js';
import { findMember } from '../../db/queries/users.js';
import type {
  AgentProfileInput,
  AgentProfileView,
  AgentStatus,
  Capacity,
} from '../../shared/schemas/routing.js';
import type { CoreDeps } from '../deps.js';
import { AppError, notFound } from '../errors.js';

const view = (r: AgentProfileRow): AgentProfileView => ({
  userId: r.user_id,
  skills: r.skills,
  capacity: r.capacity as Capacity,
  status: r.status,
  teamIds: r.team_ids,
});

/** Everyone who can be routed work, with skills, capacity, chosen status and teams. */
export async function listWorkspaceAgents(
  deps: Pick<CoreDeps, 'db'>,
  workspaceId: string,
): Promise<AgentProfileView[]> {
  return (await listAgentProfiles(deps.db, workspaceId)).map(view);
}

/** Sets what an agent can take on; champions are routed by their own rules, not capacity. */
export async function setAgentProfile(
  deps: Pick<CoreDeps, 'db'>,
  workspaceId: string,
  userId: string,
  input: AgentProfileInput,
): Promise<AgentProfileView> {
  const member = await findMember(deps.db, workspaceId, userId);
  if (!member) throw notFound('Member');
  if (member.role === 'champion') {
    throw new AppError(
      'invalid_input',
      'Champions are not routed by capacity; change their role first.',
    );
  }
  await saveAgentProfile(deps.db, workspaceId, userId, input);
  return agentProfile(deps, workspaceId, userId);
}

/** An agent says whether they take new work now (away keeps what they hold). */
export async function setAgentStatus(
  deps: Pick<CoreDeps, 'db'>,
  workspaceId: string,
  userId: string,
  status: AgentStatus,
): Promise<AgentProfileView> {
  await saveAgentStatus(deps.db, workspaceId, userId, status);
  return agentProfile(deps, workspaceId, userId);
}

export async function agentProfile(
  deps: Pick<CoreDeps, 'db'>,
  workspaceId: string,
  userId: string,
): Promise<AgentProfileView> {
  const found = (await listAgentProfiles(deps.db, workspaceId)).find((a) => a.user_id === userId);
  if (!found) throw notFound('Agent');
  return view(found);
}
