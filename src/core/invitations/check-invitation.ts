import { findOpenInvitation } from '../../db/queries/invitations.js';
import { findWorkspaceByKey } from '../../db/queries/workspaces.js';
import { notFound } from '../errors.js';
import type { InvitationDeps } from './invitation-deps.js';
import { teamWaitNow } from './team-wait-now.js';

/**
 * Whether an invitation on screen still keeps its promise: the team can still answer a new chat
 * within the rule's wait. The widget asks while the bubble shows and withdraws it when not, so
 * nobody accepts an invitation to talk to a person who has just gone. Fallback offers (the bot,
 * a callback) do not depend on who is online and stay.
 */
export async function checkInvitation(
  deps: InvitationDeps,
  input: { key: string; invitationId: string; visitor: string },
): Promise<{ open: boolean }> {
  const workspace = await findWorkspaceByKey(deps.db, input.key);
  if (!workspace) throw notFound('Workspace');
  const row = await findOpenInvitation(deps.db, workspace.id, input.invitationId, input.visitor);
  if (!row) return { open: false };
  if (row.decision === 'fallback') return { open: true };
  const online = deps.onlineAgents(workspace.id);
  const wait = await teamWaitNow(deps, workspace.id, row.team_id, online);
  const open =
    wait.open && wait.promiseMinutes !== null && wait.promiseMinutes <= row.max_wait_minutes;
  return { open };
}
