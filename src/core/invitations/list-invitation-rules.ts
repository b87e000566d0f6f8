import { listInvitationRules } from '../../db/queries/invitation-rules.js';
import type { InvitationRuleView } from '../../shared/schemas/invitations.js';
import type { CoreDeps } from '../deps.js';
import { ruleView } from './rule-view.js';

/** The workspace's invitation rules in the order they are tried. */
export async function listInvitationRuleViews(
  deps: Pick<CoreDeps, 'db'>,
  workspaceId: string,
): Promise<InvitationRuleView[]> {
  return (await listInvitationRules(deps.db, workspaceId)).map(ruleView);
}
