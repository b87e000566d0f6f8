import { recordResponse } from '../../db/queries/invitations.js';
import { findWorkspaceByKey } from '../../db/queries/workspaces.js';
import type { InvitationResponseInput } from '../../shared/schemas/invitations.js';
import type { CoreDeps } from '../deps.js';
import { notFound } from '../errors.js';

/**
 * The visitor accepted or dismissed an invitation they were shown. Only the first answer
 * counts, and only from the visitor it was shown to; anything else is "not found".
 */
export async function respondToInvitation(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  invitationId: string,
  input: InvitationResponseInput,
): Promise<void> {
  const workspace = await findWorkspaceByKey(deps.db, input.key);
  if (!workspace) throw notFound('Workspace');
  const row = await recordResponse(
    deps.db,
    workspace.id,
    invitationId,
    input.visitor,
    input.response,
    deps.now(),
  );
  if (!row) throw notFound('Open invitation');
}
