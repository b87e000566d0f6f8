import { z } from 'zod';

/** Wire shapes of topics: what customers write about, grouped, counted per period. */

export const TOPIC_TEXT_KINDS = [
  'message',
  'csat',
  'ces',
  'nps',
  'cx',
  'review',
  'complaint',
] as const;
export type TopicTextKind = (typeof TOPIC_TEXT_KINDS)[number];

export const PERIODS = ['day', 'week'] as const;
export type Period = (typeof PERIODS)[number];

const TopicName = z
  .string()
  .trim()
  .min(1, 'a topic needs a name')
  .max(80, 'a topic name has at most 80 characters');

const Keyword = z
  .string()
  .trim()
  .min(1, 'write a word or a few')
  .max(80, 'a keyword has at most 80 characters')
  .regex(/[\p{L}\p{N}]/u, 'a keyword needs a letter or digit');

/** Which stretch of time to count, and in what steps. Defaults: the last 30 days, by day. */
export const TopicPeriodQuery = z.object({
  from: z.iso.datetime({ offset: true, error: 'an ISO date and time' }).optional(),
  to: z.iso.datetime({ offset: true, error: 'an ISO date and time' }).optional(),
  period: z.enum(PERIODS, { error: "'day' or 'week'" }).default('day'),
});
export type TopicPeriodQuery = z.infer<typeof TopicPeriodQuery>;

export const RenameTopicInput = z.object({ name: TopicName });
export type RenameTopicInput = z.infer<typeof RenameTopicInput>;

export const MergeTopicsInput = z.object({
  /** The topics folded into this one (it keeps its name and id). */
  topicIds: z.array(z.uuid('a topic id')).min(1, 'choose at least one topic to merge').max(50),
});
export type MergeTopicsInput = z.infer<typeof MergeTopicsInput>;

export const SplitTopicInput = z.object({
  /** The new topic's name. */
  name: TopicName,
  /** Phrases (their keys) that leave for the new topic. */
  phrases: z.array(z.string().min(1).max(200)).max(200).default([]),
  /** Keyword rules (their ids) that leave for the new topic. */
  ruleIds: z.array(z.uuid('a rule id')).max(200).default([]),
});
export type SplitTopicInput = z.infer<typeof SplitTopicInput>;

export const TopicRuleInput = z.object({ keyword: Keyword });
export type TopicRuleInput = z.infer<typeof TopicRuleInput>;

/** Counts of one topic (or of all texts) in one period. */
export interface TopicPoint {
  /** The period's first day, YYYY-MM-DD (UTC; weeks start on Monday). */
  start: string;
  texts: number;
  negative: number;
}

export interface TopicPhraseView {
  key: string;
  phrase: string;
  texts: number;
  /** Placed here by a person (a split); the automatic grouping leaves it. */
  pinned: boolean;
}

export interface TopicRuleView {
  id: string;
  keyword: string;
  topicId: string;
}

export interface TopicSummary {
  id: string;
  name: string;
  origin: 'auto' | 'admin';
  /** Texts in the topic over the period. */
  texts: number;
  negative: number;
  /** negative / texts, 0 when there are none. */
  negativeShare: number;
  points: TopicPoint[];
  phrases: TopicPhraseView[];
  rules: TopicRuleView[];
  improvementIds: string[];
}

export interface TopicList {
  period: { from: string; to: string; step: Period };
  topics: TopicSummary[];
  /** All analysed texts per period, in a topic or not. */
  all: TopicPoint[];
}

export interface TopicTextView {
  id: number;
  kind: TopicTextKind;
  excerpt: string;
  writtenAt: string;
  sentiment: number;
  sentimentLabel: 'negative' | 'neutral' | 'positive';
  via: 'rule' | 'phrase';
  responseId: string | null;
  caseId: string | null;
  conversationId: string | null;
  contactName: string | null;
  routedTo: string | null;
}

export interface TopicDetail extends TopicSummary {
  period: { from: string; to: string; step: Period };
  /** The latest texts in the topic, newest first. */
  recent: TopicTextView[];
}
