import type { TopicTextKind } from '../../shared/schemas/topics.js';

export const TEXT_KIND_LABELS: Record<TopicTextKind, string> = {
  message: 'Message',
  csat: 'CSAT comment',
  ces: 'CES comment',
  nps: 'NPS comment',
  cx: 'CX comment',
  review: 'Review',
  complaint: 'Complaint',
};

export const SENTIMENT_LABELS = {
  negative: 'Negative',
  neutral: 'Neutral',
  positive: 'Positive',
} as const;
