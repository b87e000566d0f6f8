import { deleteInvitationRule } from '../../db/queries/invitation-rules.js';
import type { CoreDeps } from '../deps.js';
import { notFound } from '../errors.js';

/** Deletes a rule with its recorded invitations (turn it off instead to keep its report). */
export async function removeInvitationRule(
  deps: Pick<CoreDeps, 'db'>,
  workspaceId: string,
  ruleId: string,
): Promise<void> {
  if (!(await deleteInvitationRule(deps.db, workspaceId, ruleId)))
    throw notFound('Invitation rule');
}
