import { listCaseActions } from '../../db/queries/case-records.js';
import { findCase } from '../../db/queries/cases.js';
import { findWorkspaceById } from '../../db/queries/workspaces.js';
import type { CustomerCase } from '../../shared/schemas/cases.js';
import type { CoreDeps } from '../deps.js';
import { AppError } from '../errors.js';
import { readLink } from '../links/signed-link.js';
import { customerCaseView } from './case-views.js';
import { complaintPolicy } from './complaint-policy.js';

export interface CasePage {
  workspaceName: string;
  /** The policy's time zone, for showing times on a page the server renders. */
  timeZone: string;
  case: CustomerCase;
}

/**
 * What a customer's signed link opens: their case as they may see it. A link that was altered,
 * made for something else or has expired is refused (by readLink), and so is one whose case is
 * gone.
 */
export async function openCaseLink(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  token: string,
): Promise<CasePage> {
  const claims = await readLink(deps, token, 'case');
  const [workspace, row] = await Promise.all([
    findWorkspaceById(deps.db, claims.workspaceId),
    findCase(deps.db, claims.workspaceId, claims.subjectId),
  ]);
  if (!workspace || !row) {
    throw new AppError('not_found', 'This case is no longer available. Ask us for a new link.');
  }
  const [policy, actions] = await Promise.all([
    complaintPolicy(deps, row.workspace_id),
    listCaseActions(deps.db, { workspaceId: row.workspace_id, caseId: row.id, customerOnly: true }),
  ]);
  return {
    workspaceName: workspace.name,
    timeZone: policy.timeZone,
    case: customerCaseView(row, actions, policy, deps.now()),
  };
}
