import { z } from 'zod';
import { CASE_STATUSES, DEFAULT_COMPLAINT_CATEGORIES, RECOVERY_KINDS } from '../case-labels.js';
import { MessageBody } from '../realtime.js';
import { PageReport } from './contact-activity.js';

/** Wire shapes of complaints and cases: the widget, the console, /api/v1 and the policy. */

const CategoryKey = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,29}$/, 'a category key: lowercase letters, digits and dashes');
const Hours = z
  .number({ error: 'a number of hours' })
  .int('whole hours')
  .min(1, 'at least 1 hour')
  .max(720, 'at most 720 hours (30 days)');

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const ComplaintCategory = z.object({
  key: CategoryKey,
  label: z.string().trim().min(1, 'a label the customer reads').max(60),
  /** Overrides the policy's response hours for this category. */
  responseHours: Hours.optional(),
  /** A member who owns this category's new cases (otherwise the policy's owner, or the team). */
  ownerId: z.uuid().optional(),
});
export type ComplaintCategory = z.infer<typeof ComplaintCategory>;

/** How a workspace handles complaints: who owns them and how soon the customer hears back. */
export const ComplaintPolicy = z.object({
  /** The team named as owner while no person owns a case, e.g. "Customer care". */
  team: z.string().trim().min(1, 'the team name customers see').max(80).default('Customer care'),
  /** A member who owns every new case; null leaves new cases with the team. */
  ownerId: z.uuid().nullable().default(null),
  /** The promised time to answer, in hours. */
  responseHours: Hours.default(24),
  /** Count only Monday to Friday hours (in `timeZone`) towards the promise. */
  businessDaysOnly: z.boolean().default(false),
  timeZone: z
    .string()
    .max(64)
    .refine(isTimeZone, 'an IANA time zone such as Europe/Berlin')
    .default('UTC'),
  categories: z
    .array(ComplaintCategory)
    .min(1, 'at least one category')
    .max(20, 'at most 20 categories')
    .refine((list) => new Set(list.map((c) => c.key)).size === list.length, 'keys must differ')
    .default(() => DEFAULT_COMPLAINT_CATEGORIES.map((c) => ({ ...c }))),
});
export type ComplaintPolicy = z.infer<typeof ComplaintPolicy>;

/** What the widget sends when the customer submits the complaint form. */
export const SubmitComplaintInput = z.object({
  complaintId: z.uuid('a UUID made by the widget for this complaint'),
  conversationId: z.uuid('a UUID made by the widget'),
  category: CategoryKey,
  description: MessageBody,
  orderRef: z
    .string()
    .trim()
    .max(100, 'an order reference of at most 100 characters')
    .optional()
    .transform((v) => v || undefined),
  page: PageReport.optional(),
});
export type SubmitComplaintInput = z.infer<typeof SubmitComplaintInput>;

const Status = z.enum(CASE_STATUSES);

export const CaseAction = z.object({
  id: z.uuid(),
  kind: z.enum(RECOVERY_KINDS),
  label: z.string(),
  note: z.string().nullable(),
  /** A decimal string such as "15.00", with its ISO currency. */
  amount: z.string().nullable(),
  currency: z.string().nullable(),
  visibleToCustomer: z.boolean(),
  recordedBy: z.string().nullable(),
  recordedAt: z.string(),
});
export type CaseAction = z.infer<typeof CaseAction>;

/** A case as its customer sees it: no internal notes, no internal actions, no history. */
export const CustomerCase = z.object({
  reference: z.string(),
  status: Status,
  statusLabel: z.string(),
  category: z.string(),
  /** A person's name, or the team's. */
  owner: z.string(),
  dueAt: z.string(),
  overdue: z.boolean(),
  orderRef: z.string().nullable(),
  createdAt: z.string(),
  actions: z.array(
    CaseAction.pick({ kind: true, label: true, note: true, amount: true, currency: true }).extend({
      recordedAt: z.string(),
    }),
  ),
});
export type CustomerCase = z.infer<typeof CustomerCase>;

/** The widget's view adds the address of the customer's own status page. */
export const WidgetCase = CustomerCase.extend({ link: z.string() });
export type WidgetCase = z.infer<typeof WidgetCase>;

export const CaseSummary = z.object({
  id: z.uuid(),
  reference: z.string(),
  conversationId: z.uuid(),
  contactId: z.uuid().nullable(),
  contactName: z.string().nullable(),
  category: z.string(),
  categoryLabel: z.string(),
  subject: z.string(),
  orderRef: z.string().nullable(),
  status: Status,
  ownerId: z.uuid().nullable(),
  /** The owning person's name, or the team's. */
  ownerName: z.string(),
  team: z.string(),
  dueAt: z.string(),
  overdue: z.boolean(),
  resolvedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CaseSummary = z.infer<typeof CaseSummary>;

export const CaseEvent = z.object({
  id: z.number().int(),
  kind: z.enum(['created', 'status', 'owner', 'due', 'action', 'note']),
  detail: z.record(z.string(), z.unknown()),
  actorName: z.string().nullable(),
  at: z.string(),
});
export type CaseEvent = z.infer<typeof CaseEvent>;

export const CaseDetail = CaseSummary.extend({
  description: z.string(),
  actions: z.array(CaseAction),
  history: z.array(CaseEvent),
  /** The customer's status page (a signed link, no sign-in), to paste into a reply or email. */
  customerUrl: z.string(),
});
export type CaseDetail = z.infer<typeof CaseDetail>;

export const CaseListQuery = z.object({
  view: z.enum(['open', 'overdue', 'resolved', 'all']).default('open'),
  limit: z.coerce.number().int().min(1).max(200).default(100),
});
export type CaseListQuery = z.infer<typeof CaseListQuery>;
export const CasePage = z.object({
  cases: z.array(CaseSummary),
  /** How many cases each view holds. */
  counts: z.object({ open: z.number(), overdue: z.number(), resolved: z.number() }),
});

export const UpdateCaseInput = z
  .object({
    status: Status.optional(),
    /** A member's id, or null to hand the case back to the team. */
    ownerId: z.uuid('a member id, or null for the team').nullable().optional(),
    dueAt: z.iso.datetime({ error: 'an ISO 8601 time', offset: true }).optional(),
  })
  .refine((u) => u.status !== undefined || u.ownerId !== undefined || u.dueAt !== undefined, {
    message: 'give a status, an ownerId or a dueAt to change',
  });
export type UpdateCaseInput = z.infer<typeof UpdateCaseInput>;

export const RecordRecoveryInput = z
  .object({
    kind: z.enum(RECOVERY_KINDS),
    note: z
      .string()
      .trim()
      .max(2000, 'a note of at most 2,000 characters')
      .optional()
      .transform((v) => v || undefined),
    amount: z
      .number({ error: 'an amount such as 15 or 15.50' })
      .positive('an amount above zero')
      .max(9_999_999_999, 'a smaller amount')
      .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, 'at most two decimals')
      .optional(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'a 3-letter currency code such as EUR')
      .optional(),
    /** Shown to the customer (true unless said otherwise). */
    visibleToCustomer: z.boolean().default(true),
  })
  .refine((a) => (a.amount === undefined) === (a.currency === undefined), {
    message: 'give an amount and its currency together',
    path: ['currency'],
  })
  .refine((a) => a.kind !== 'credit' || a.amount !== undefined, {
    message: 'a credit needs an amount and a currency',
    path: ['amount'],
  });
export type RecordRecoveryInput = z.infer<typeof RecordRecoveryInput>;

export const CaseNoteInput = z.object({
  body: z.string().trim().min(1, 'a note cannot be empty').max(4000, 'at most 4,000 characters'),
});
export type CaseNoteInput = z.infer<typeof CaseNoteInput>;
