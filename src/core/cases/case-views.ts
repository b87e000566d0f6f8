import type { CaseActionRow, CaseEventRow } from '../../db/queries/case-records.js';
import type { CaseListRow } from '../../db/queries/cases.js';
import { CASE_STATUS_LABELS, RECOVERY_LABELS, caseReference } from '../../shared/case-labels.js';
import type {
  CaseAction,
  CaseEvent,
  CaseSummary,
  ComplaintPolicy,
  CustomerCase,
} from '../../shared/schemas/cases.js';

/** The label customers and agents read for a category key (the key itself if it was removed). */
export const categoryLabel = (policy: ComplaintPolicy, key: string) =>
  policy.categories.find((c) => c.key === key)?.label ?? key;

/** Who owns the case, as anyone reads it: the person's name, or the team's. */
export const ownerName = (row: Pick<CaseListRow, 'owner_name' | 'team'>) =>
  row.owner_name ?? row.team;

const isOverdue = (row: CaseListRow, now: Date) =>
  row.status !== 'resolved' && row.due_at.getTime() < now.getTime();

export function caseSummary(row: CaseListRow, policy: ComplaintPolicy, now: Date): CaseSummary {
  return {
    id: row.id,
    reference: caseReference(row.number),
    conversationId: row.conversation_id,
    contactId: row.contact_id,
    contactName: row.contact_name ?? row.contact_email,
    category: row.category,
    categoryLabel: categoryLabel(policy, row.category),
    subject: row.description.slice(0, 120),
    orderRef: row.order_ref,
    status: row.status,
    ownerId: row.owner_id,
    ownerName: ownerName(row),
    team: row.team,
    dueAt: row.due_at.toISOString(),
    overdue: isOverdue(row, now),
    resolvedAt: row.resolved_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export function caseActionView(a: CaseActionRow): CaseAction {
  return {
    id: a.id,
    kind: a.kind,
    label: RECOVERY_LABELS[a.kind],
    note: a.note,
    amount: a.amount,
    currency: a.currency,
    visibleToCustomer: a.customer_visible,
    recordedBy: a.recorded_by_name,
    recordedAt: a.recorded_at.toISOString(),
  };
}

export function caseEventView(e: CaseEventRow): CaseEvent {
  return {
    id: e.id,
    kind: e.kind,
    detail: e.detail,
    actorName: e.actor_name,
    at: e.at.toISOString(),
  };
}

/**
 * What the customer may see of a case. `actions` must already be the customer-visible ones;
 * internal notes and history are not part of this view at all.
 */
export function customerCaseView(
  row: CaseListRow,
  actions: CaseActionRow[],
  policy: ComplaintPolicy,
  now: Date,
): CustomerCase {
  return {
    reference: caseReference(row.number),
    status: row.status,
    statusLabel: CASE_STATUS_LABELS[row.status],
    category: categoryLabel(policy, row.category),
    owner: ownerName(row),
    dueAt: row.due_at.toISOString(),
    overdue: isOverdue(row, now),
    orderRef: row.order_ref,
    createdAt: row.created_at.toISOString(),
    actions: actions
      .filter((a) => a.customer_visible)
      .map((a) => ({
        kind: a.kind,
        label: RECOVERY_LABELS[a.kind],
        note: a.note,
        amount: a.amount,
        currency: a.currency,
        recordedAt: a.recorded_at.toISOString(),
      })),
  };
}
