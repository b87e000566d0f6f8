import { countCases, listCases as listCaseRows } from '../../db/queries/cases.js';
import type { CaseListQuery, CaseSummary } from '../../shared/schemas/cases.js';
import type { CoreDeps } from '../deps.js';
import { caseSummary } from './case-views.js';
import { complaintPolicy } from './complaint-policy.js';

/**
 * A workspace's cases in one view (open, overdue, resolved or all), soonest due first, with how
 * many each view holds.
 */
export async function listCases(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  workspaceId: string,
  query: CaseListQuery,
): Promise<{ cases: CaseSummary[]; counts: Record<'open' | 'overdue' | 'resolved', number> }> {
  const now = deps.now();
  const [policy, rows, counts] = await Promise.all([
    complaintPolicy(deps, workspaceId),
    listCaseRows(deps.db, { workspaceId, view: query.view, now, limit: query.limit }),
    countCases(deps.db, workspaceId, now),
  ]);
  return { cases: rows.map((r) => caseSummary(r, policy, now)), counts };
}
