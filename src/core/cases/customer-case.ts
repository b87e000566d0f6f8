import { listCaseActions } from '../../db/queries/case-records.js';
import { findCaseOfConversation } from '../../db/queries/cases.js';
import type { WidgetCase } from '../../shared/schemas/cases.js';
import type { Participant } from '../conversations/realtime-deps.js';
import type { CoreDeps } from '../deps.js';
import { notFound } from '../errors.js';
import { casePagePath } from './case-link.js';
import { customerCaseView } from './case-views.js';
import { complaintPolicy } from './complaint-policy.js';

/**
 * The case of one of the customer's own complaint conversations, as the widget shows it: status,
 * owner, due time, the recovery actions meant for them, and the path of their status page.
 * Someone else's conversation, or one without a case, is not found.
 */
export async function customerCase(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  who: Extract<Participant, { kind: 'contact' }>,
  conversationId: string,
): Promise<WidgetCase> {
  const row = await findCaseOfConversation(deps.db, who.workspaceId, conversationId);
  if (!row || row.contact_id !== who.contactId) throw notFound('Case');
  const [policy, actions, link] = await Promise.all([
    complaintPolicy(deps, who.workspaceId),
    listCaseActions(deps.db, { workspaceId: who.workspaceId, caseId: row.id, customerOnly: true }),
    casePagePath(deps, { workspaceId: who.workspaceId, caseId: row.id }),
  ]);
  return { ...customerCaseView(row, actions, policy, deps.now()), link };
}
