import { insertGoal, wasExposedSince } from '../../db/queries/invitations.js';
import { findWorkspaceByKey } from '../../db/queries/workspaces.js';
import type { InvitationGoalInput } from '../../shared/schemas/invitations.js';
import type { CoreDeps } from '../deps.js';
import { notFound } from '../errors.js';

/** The longest conversion window a rule can have (goalDays), in milliseconds. */
const LONGEST_WINDOW_MS = 90 * 24 * 60 * 60 * 1000;

/**
 * A business event (a purchase) of a visitor. Kept only for visitors who were invited or held
 * out within the longest conversion window: nobody else is compared, and nothing else is stored.
 * Returns whether it was kept.
 */
export async function recordInvitationGoal(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  input: InvitationGoalInput,
): Promise<boolean> {
  const workspace = await findWorkspaceByKey(deps.db, input.key);
  if (!workspace) throw notFound('Workspace');
  const now = deps.now();
  const since = new Date(now.getTime() - LONGEST_WINDOW_MS);
  if (!(await wasExposedSince(deps.db, workspace.id, input.visitor, since))) return false;
  await insertGoal(deps.db, workspace.id, input.visitor, input.name, now);
  return true;
}
