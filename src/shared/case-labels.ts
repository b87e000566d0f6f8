// Plain constants about cases with no imports, so the widget bundle can use them without zod.

export const CASE_STATUSES = ['open', 'in_progress', 'resolved', 'reopened'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** How a status reads, to the team and to the customer. */
export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  open: 'Open',
  in_progress: 'In progress',
  resolved: 'Resolved',
  reopened: 'Reopened',
};

export const RECOVERY_KINDS = ['apology', 'refund', 'credit', 'other'] as const;
export type RecoveryKind = (typeof RECOVERY_KINDS)[number];

export const RECOVERY_LABELS: Record<RecoveryKind, string> = {
  apology: 'Apology',
  refund: 'Refund',
  credit: 'Credit',
  other: 'Other',
};

/** The categories a workspace offers until it chooses its own. */
export const DEFAULT_COMPLAINT_CATEGORIES = [
  { key: 'order', label: 'An order' },
  { key: 'delivery', label: 'Delivery' },
  { key: 'product', label: 'A product' },
  { key: 'billing', label: 'Billing or payment' },
  { key: 'service', label: 'Our service' },
  { key: 'other', label: 'Something else' },
] as const;

/** "C-12": the reference a customer can quote. */
export const caseReference = (n: number) => `C-${n}`;

/** Where a case may go from each status: open → in progress → resolved; resolved → reopened. */
export const CASE_TRANSITIONS: Record<CaseStatus, readonly CaseStatus[]> = {
  open: ['in_progress', 'resolved'],
  in_progress: ['resolved'],
  resolved: ['reopened'],
  reopened: ['in_progress', 'resolved'],
};
