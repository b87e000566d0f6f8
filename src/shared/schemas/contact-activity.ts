import { z } from 'zod';

/** The longest page address and title the widget may report (the database enforces the same). */
export const MAX_PAGE_URL = 2048;
export const MAX_PAGE_TITLE = 300;

/**
 * The page the widget runs on, as the customer's browser reports it. Only http(s) addresses are
 * accepted, so a `javascript:` or `data:` value can never reach an agent's screen as a link.
 */
export const PageReport = z.object({
  url: z
    .url({ protocol: /^https?$/, error: 'the http(s) address of the page' })
    .max(MAX_PAGE_URL, `at most ${MAX_PAGE_URL} characters`),
  title: z
    .string()
    .max(MAX_PAGE_TITLE, `at most ${MAX_PAGE_TITLE} characters`)
    // Titles carry stray newlines and runs of spaces; an agent reads one line.
    .transform((t) => t.replace(/\s+/g, ' ').trim())
    .optional(),
});
export type PageReport = z.infer<typeof PageReport>;

export const CurrentPage = z.object({
  url: z.string(),
  title: z.string().nullable(),
  seenAt: z.string(),
});
export type CurrentPage = z.infer<typeof CurrentPage>;

export const PastConversation = z.object({
  id: z.uuid(),
  status: z.enum(['open', 'resolved']),
  topic: z.enum(['question', 'complaint', 'feedback']),
  /** The subject, or the start of the first message. */
  preview: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PastConversation = z.infer<typeof PastConversation>;

/** What the console's contact panel shows besides name and email. */
export const ContactActivity = z.object({
  /** The page the customer was last seen on; null until the widget reported one. */
  page: CurrentPage.nullable(),
  /** Newest first, the one being viewed included (the console leaves it out). */
  conversations: z.array(PastConversation),
});
export type ContactActivity = z.infer<typeof ContactActivity>;
