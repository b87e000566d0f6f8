import {
  CaseDetail,
  CaseListQuery,
  CasePage,
  RecordRecoveryInput,
  UpdateCaseInput,
} from '../../shared/schemas/cases.js';
import type { RouteSpec } from './api-v1-spec.js';

/** Complaint cases in /api/v1; merged into API_V1, so OpenAPI documents them too. */
export const API_V1_CASES = {
  cases: {
    method: 'get',
    path: '/cases',
    summary:
      'Complaint cases in one view: open (soonest due first), overdue, resolved (latest ' +
      'first) or all, with how many each view holds',
    query: CaseListQuery,
    response: CasePage,
  },
  case: {
    method: 'get',
    path: '/cases/:id',
    summary:
      "One case: its recovery actions, its history (internal notes included) and the customer's " +
      'signed status page (`customerUrl`, no sign-in needed)',
    response: CaseDetail,
  },
  updateCase: {
    method: 'patch',
    path: '/cases/:id',
    summary:
      'Change the status (open → in_progress → resolved; resolved → reopened), the owner ' +
      '(a member id, or null for the team) or the due time. The customer is told in the ' +
      'conversation and `case.updated` is sent.',
    body: { schema: UpdateCaseInput },
    response: CaseDetail,
  },
  recordCaseAction: {
    method: 'post',
    path: '/cases/:id/actions',
    summary:
      'Record a recovery action: an apology, a refund, a credit (with amount and currency) or ' +
      'another action; shown to the customer unless `visibleToCustomer` is false',
    body: { schema: RecordRecoveryInput },
    response: CaseDetail,
  },
} as const satisfies Record<string, RouteSpec>;
