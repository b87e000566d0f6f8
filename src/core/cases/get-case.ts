import { listCaseActions, listCaseEvents } from '../../db/queries/case-records.js';
import { findCase, findCaseOfConversation } from '../../db/queries/cases.js';
import type { CaseDetail } from '../../shared/schemas/cases.js';
import type { CoreDeps } from '../deps.js';
import { notFound } from '../errors.js';
import { casePagePath } from './case-link.js';
import { caseActionView, caseEventView, caseSummary } from './case-views.js';
import { complaintPolicy } from './complaint-policy.js';

type Find = { caseId: string } | { conversationId: string };

/**
 * Everything the team knows about one case: the summary, the description, every recovery action
 * (internal ones included), the history with internal notes, and the customer's status link
 * (absolute, starting with `origin`). Another workspace's case is not found.
 */
export async function getCase(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  workspaceId: string,
  find: Find,
  origin: string,
): Promise<CaseDetail> {
  const row =
    'caseId' in find
      ? await findCase(deps.db, workspaceId, find.caseId)
      : await findCaseOfConversation(deps.db, workspaceId, find.conversationId);
  if (!row) throw notFound('Case');
  const [policy, actions, events, path] = await Promise.all([
    complaintPolicy(deps, workspaceId),
    listCaseActions(deps.db, { workspaceId, caseId: row.id, customerOnly: false }),
    listCaseEvents(deps.db, workspaceId, row.id),
    casePagePath(deps, { workspaceId, caseId: row.id }),
  ]);
  return {
    ...caseSummary(row, policy, deps.now()),
    description: row.description,
    actions: actions.map(caseActionView),
    history: events.map(caseEventView),
    customerUrl: origin + path,
  };
}
