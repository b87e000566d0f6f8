import { z } from 'zod';
import {
  CHANNELS,
  FEEDBACK_KINDS,
  OUTCOMES,
  type FollowUpOutcome,
  type SuppressionReason,
} from '../feedback-kinds.js';
import type { SurveyKind } from '../survey-questions.js';

/** Wire shapes of surveys, reviews and follow-ups (widget, survey page, console, REST API). */

export * from '../feedback-kinds.js';

const Comment = z.string().trim().max(5000, 'a comment can be at most 5,000 characters');
const Score = z.coerce.number({ error: 'a number on the scale' }).int('a whole number');
const CxPoint = z.coerce.number({ error: '1 to 5' }).int('a whole number').min(1).max(5);

/** One tap: the score (and the CX index's three items); a comment may come with it or later. */
export const AnswerSurveyInput = z.object({
  score: Score.optional(),
  effective: CxPoint.optional(),
  easy: CxPoint.optional(),
  enjoyable: CxPoint.optional(),
  comment: Comment.optional(),
});
export type AnswerSurveyInput = z.infer<typeof AnswerSurveyInput>;

export const CommentInput = z.object({
  comment: Comment.min(1, 'write a few words, or leave it'),
});
export type CommentInput = z.infer<typeof CommentInput>;

/** A review from the widget's "Give feedback": stars first (one tap), words optional. */
export const ReviewInput = z.object({
  stars: z.number({ error: '1 to 5 stars' }).int().min(1, '1 to 5 stars').max(5, '1 to 5 stars'),
  comment: Comment.optional(),
});
export type ReviewInput = z.infer<typeof ReviewInput>;

const Rate = z.number({ error: 'a share from 0 to 1' }).min(0, 'at least 0').max(1, 'at most 1');

export const SurveySettings = z.object({
  fatigueDays: z
    .number({ error: 'a number of days' })
    .int('a whole number of days')
    .min(0, '0 (no cap) or more')
    .max(365, 'at most 365 days'),
  followUpHours: z
    .number({ error: 'a number of hours' })
    .int('a whole number of hours')
    .min(1, 'at least 1 hour')
    .max(720, 'at most 720 hours (30 days)'),
  /** The share of occasions surveyed, per touchpoint (1 = every one). */
  sampling: z.object({
    conversation_resolved: Rate,
    case_resolved: Rate,
    relational: Rate,
  }),
});
export type SurveySettings = z.infer<typeof SurveySettings>;

/** Send a relational survey (NPS or the CX index) to named contacts or to everyone seen lately. */
export const SendSurveyInput = z
  .object({
    kind: z.enum(['nps', 'cx'], { error: "'nps' or 'cx'" }),
    contactIds: z.array(z.uuid('a contact id')).min(1).max(1000).optional(),
    emails: z.array(z.email('an email address')).min(1).max(1000).optional(),
    seenWithinDays: z.number().int().min(1, 'at least 1 day').max(365).optional(),
    /** 'email' (default): Parley emails it; 'link': the caller hands out the returned links. */
    deliver: z.enum(['email', 'link']).default('email'),
  })
  .refine((s) => [s.contactIds, s.emails, s.seenWithinDays].filter(Boolean).length === 1, {
    error: 'one audience: contactIds, emails or seenWithinDays',
  });
export type SendSurveyInput = z.infer<typeof SendSurveyInput>;

export const RecordOutcomeInput = z.object({
  outcome: z.enum(OUTCOMES, { error: "'contacted', 'recovered' or 'not_recovered'" }),
  note: z.string().trim().max(2000, 'a note can be at most 2,000 characters').default(''),
});
export type RecordOutcomeInput = z.infer<typeof RecordOutcomeInput>;

const Bound = z.iso.datetime({ offset: true, error: 'an ISO 8601 timestamp' });

/** Responses in a period, newest first; the period and kind filters serve lists and charts. */
export const ResponseListQuery = z.object({
  kind: z.enum(FEEDBACK_KINDS).optional(),
  from: Bound.optional(),
  to: Bound.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: Bound.optional(),
});
export type ResponseListQuery = z.infer<typeof ResponseListQuery>;

export const SummaryQuery = z.object({ from: Bound.optional(), to: Bound.optional() });
export type SummaryQuery = z.infer<typeof SummaryQuery>;

export const FeedbackKindSchema = z.enum(FEEDBACK_KINDS);

/** A person who thanked the customer, by name. */
export interface ThanksView {
  name: string;
  text: string;
}

export const ResponseView = z.object({
  id: z.uuid(),
  kind: FeedbackKindSchema,
  score: z.number().int(),
  items: z.object({ effective: z.number(), easy: z.number(), enjoyable: z.number() }).nullable(),
  comment: z.string().nullable(),
  channel: z.enum(CHANNELS),
  contactId: z.uuid().nullable(),
  contactName: z.string().nullable(),
  conversationId: z.uuid().nullable(),
  caseId: z.uuid().nullable(),
  thankedBy: z.string().nullable(),
  followUp: z.enum(['open', ...OUTCOMES]).nullable(),
  createdAt: z.string(),
});
export type ResponseView = z.infer<typeof ResponseView>;

export const ResponsePage = z.object({ responses: z.array(ResponseView) });

export interface FollowUpView {
  id: string;
  status: 'open' | FollowUpOutcome;
  ownerId: string;
  ownerName: string;
  dueAt: string;
  overdue: boolean;
  history: { status: FollowUpOutcome; note: string; by: string | null; at: string }[];
  response: ResponseView;
}

/** Per kind in a period: counts, the average, the distribution and (NPS) the score. */
export interface KindSummary {
  kind: (typeof FEEDBACK_KINDS)[number];
  responses: number;
  average: number | null;
  /** Responses per score point. */
  distribution: Record<string, number>;
  /** NPS only: % promoters (9-10) minus % detractors (0-6). */
  nps?: number | null;
  offered: number;
  suppressed: Record<SuppressionReason, number>;
  /** Answered offers / offers made; null when none were made. */
  responseRate: number | null;
}

export interface SendSurveyResult {
  offered: number;
  suppressed: Record<SuppressionReason, number>;
  /** Contacts the audience named that could not be found in this workspace. */
  unknown: number;
  /** True when the audience had more contacts than one call sends: call again for the rest. */
  more: boolean;
  invitations: {
    contactId: string;
    status: 'offered' | 'suppressed';
    reason?: string;
    link?: string;
  }[];
}

/** A survey in the widget: its state for this visitor. */
export interface WidgetSurveyState {
  offerId: string;
  kind: SurveyKind;
  status: 'open' | 'answered' | 'closed';
  score: number | null;
  comment: string | null;
  thanks: ThanksView | null;
}
