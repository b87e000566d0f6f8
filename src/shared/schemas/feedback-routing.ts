import { z } from 'zod';
import { ROUTED_KINDS, type RoutedKind } from '../outer-loop-labels.js';

/** Wire shapes of feedback routing: rules that send matching feedback to a team or a person. */

export { ROUTED_KINDS } from '../outer-loop-labels.js';
export type { RoutedKind } from '../outer-loop-labels.js';

export const FeedbackRouteInput = z
  .object({
    keyword: z
      .string()
      .trim()
      .max(80, 'a keyword has at most 80 characters')
      .regex(/^$|[\p{L}\p{N}]/u, 'a keyword needs a letter or digit')
      .optional(),
    topicId: z.uuid('a topic id').optional(),
    kinds: z
      .array(z.enum(ROUTED_KINDS, { error: `one of ${ROUTED_KINDS.join(', ')}` }))
      .max(ROUTED_KINDS.length)
      .default([]),
    teamId: z.uuid('a team id').optional(),
    userId: z.uuid('a member id').optional(),
  })
  .refine((r) => Boolean(r.keyword) || Boolean(r.topicId), {
    error: 'name a keyword, a topic, or both',
    path: ['keyword'],
  })
  .refine((r) => Boolean(r.teamId) !== Boolean(r.userId), {
    error: 'send it to one team or one person',
    path: ['teamId'],
  });
export type FeedbackRouteInput = z.infer<typeof FeedbackRouteInput>;

export interface FeedbackRouteView {
  id: string;
  keyword: string | null;
  topicId: string | null;
  topicName: string | null;
  kinds: RoutedKind[];
  teamId: string | null;
  teamName: string | null;
  userId: string | null;
  userName: string | null;
  createdAt: string;
}

export const RoutedFeedbackQuery = z.object({
  teamId: z.uuid('a team id').optional(),
  userId: z.uuid('a member id').optional(),
});
export type RoutedFeedbackQuery = z.infer<typeof RoutedFeedbackQuery>;

export interface RoutedFeedbackView {
  textId: number;
  kind: RoutedKind;
  excerpt: string;
  writtenAt: string;
  sentimentLabel: 'negative' | 'neutral' | 'positive';
  responseId: string | null;
  caseId: string | null;
  conversationId: string | null;
  routedAt: string;
  routeId: string | null;
  teamId: string | null;
  teamName: string | null;
  userId: string | null;
  userName: string | null;
}
