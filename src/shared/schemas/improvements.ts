import { z } from 'zod';
import { IMPROVEMENT_STATUSES, type ImprovementStatus } from '../outer-loop-labels.js';

export { IMPROVEMENT_STATUSES, IMPROVEMENT_STATUS_LABELS } from '../outer-loop-labels.js';
export type { ImprovementStatus } from '../outer-loop-labels.js';

/** Wire shapes of the outer loop: improvements made from what customers raised. */

const Title = z
  .string()
  .trim()
  .min(1, 'give the improvement a title')
  .max(120, 'a title has at most 120 characters');
const RootCause = z.string().trim().max(4000, 'a root cause has at most 4,000 characters');
const Announcement = z
  .string()
  .trim()
  .max(1000, 'what customers are told has at most 1,000 characters');
const TargetDate = z.iso.date({ error: 'a date, YYYY-MM-DD' });

export const CreateImprovementInput = z.object({
  title: Title,
  topicId: z.uuid('a topic id').nullable().default(null),
  rootCause: RootCause.default(''),
  announcement: Announcement.default(''),
  ownerId: z.uuid('a member id').nullable().default(null),
  targetDate: TargetDate.nullable().default(null),
});
export type CreateImprovementInput = z.infer<typeof CreateImprovementInput>;

/** Any of the fields; what is left out stays as it is. */
export const UpdateImprovementInput = z
  .object({
    title: Title,
    topicId: z.uuid('a topic id').nullable(),
    rootCause: RootCause,
    announcement: Announcement,
    ownerId: z.uuid('a member id').nullable(),
    targetDate: TargetDate.nullable(),
    status: z.enum(IMPROVEMENT_STATUSES, {
      error: `one of ${IMPROVEMENT_STATUSES.join(', ')}`,
    }),
  })
  .partial();
export type UpdateImprovementInput = z.infer<typeof UpdateImprovementInput>;

export const ImprovementListQuery = z.object({ topicId: z.uuid('a topic id').optional() });
export type ImprovementListQuery = z.infer<typeof ImprovementListQuery>;

/** Feedback linked by hand: a survey answer or review, a case (by id or number), a conversation. */
export const LinkFeedbackInput = z.union(
  [
    z.object({ responseId: z.uuid('a survey answer id') }),
    z.object({ caseId: z.uuid('a case id') }),
    z.object({
      caseNumber: z.coerce
        .number({ error: 'a case number such as 12' })
        .int('a whole number')
        .positive('a case number such as 12'),
    }),
    z.object({ conversationId: z.uuid('a conversation id') }),
  ],
  { error: 'name one of responseId, caseId, caseNumber or conversationId' },
);
export type LinkFeedbackInput = z.infer<typeof LinkFeedbackInput>;

export interface ImprovementSummary {
  id: string;
  title: string;
  status: ImprovementStatus;
  topicId: string | null;
  topicName: string | null;
  ownerId: string | null;
  ownerName: string | null;
  targetDate: string | null;
  shippedAt: string | null;
  links: number;
  notified: number;
  updatedAt: string;
}

export interface VolumeWindow {
  from: string;
  to: string;
  days: number;
  texts: number;
  negative: number;
  /** Texts per 7 days, so windows of different lengths compare. */
  perWeek: number;
}

export interface ImprovementLinkView {
  id: string;
  responseId: string | null;
  caseId: string | null;
  caseNumber: number | null;
  conversationId: string | null;
  contactName: string | null;
  text: string | null;
  linkedAt: string;
  notifiedAt: string | null;
}

export interface ImprovementDetail extends ImprovementSummary {
  rootCause: string;
  announcement: string;
  history: { from: ImprovementStatus; to: ImprovementStatus; by: string | null; at: string }[];
  /** Customers who raised it: negative or neutral texts in its topic, and linked feedback. */
  raisers: number;
  notices: { told: number; inWidget: number; byEmail: number; unreachable: number };
  linked: ImprovementLinkView[];
  /** The topic's volume in the 28 days before shipping and since (at most 28 days). */
  impact: { before: VolumeWindow; after: VolumeWindow } | null;
}
