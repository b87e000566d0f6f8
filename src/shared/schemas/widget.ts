import { z } from 'zod';
import { MessageBody } from '../realtime.js';
import { PageReport } from './contact-activity.js';
import { ReaderLocale } from './kb.js';

export const OpenWidgetSession = z.object({
  workspace: z.string().min(3, 'the workspace key from data-workspace').max(100),
  visitorToken: z.string().max(200).optional(),
  identity: z
    .object({
      id: z.string().min(1).max(200),
      name: z.string().max(200).optional(),
      email: z.email().max(320).optional(),
      hash: z.string().max(128).optional(),
    })
    .optional(),
  /** The page the widget runs on, so agents see where the customer is. */
  page: PageReport.optional(),
});
export type OpenWidgetSession = z.infer<typeof OpenWidgetSession>;

export const StartConversationInput = z.object({
  conversationId: z.uuid('a UUID made by the widget'),
  topic: z.enum(['question', 'complaint', 'feedback']),
  clientId: z.string().min(8).max(64),
  body: MessageBody,
  page: PageReport.optional(),
  /** The customer chose "Talk to a person" before asking: skip the assistant. */
  person: z.boolean().optional(),
  /** The customer's language (navigator.language): the assistant answers from articles in it. */
  locale: ReaderLocale,
});
export type StartConversationInput = z.infer<typeof StartConversationInput>;

/** "Did that answer your question?" on one automated answer. */
export const RateAnswerInput = z.object({ helpful: z.boolean({ error: 'true or false' }) });
export type RateAnswerInput = z.infer<typeof RateAnswerInput>;

/** What the widget needs to know about a workspace before the first message. */
export interface WidgetSettings {
  /** The assistant answers questions first (the workspace has published articles). */
  assistant: boolean;
  /** Offer "Talk to a person" from the first screen, not only after an automated answer. */
  personFromStart: boolean;
}
