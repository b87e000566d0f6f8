import { z } from 'zod';
import { WireMessage } from '../realtime.js';
import { RUNG_KINDS } from './ladder.js';
import { CHANNELS, PRIORITIES } from './routing.js';
import { WEBHOOK_EVENTS } from '../webhooks.js';

/** Wire shapes of the REST API (/api/v1). The OpenAPI document is generated from these. */

export const ListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  before: z.iso.datetime({ error: 'an ISO 8601 timestamp from a previous page' }).optional(),
});
export type ListQuery = z.infer<typeof ListQuery>;

export const ConversationListQuery = ListQuery.extend({
  status: z.enum(['open', 'resolved']).optional(),
});
export type ConversationListQuery = z.infer<typeof ConversationListQuery>;

export const MessagesQuery = z.object({
  after: z.coerce.number().int().min(0).default(0),
});
export type MessagesQuery = z.infer<typeof MessagesQuery>;

export const Conversation = z.object({
  id: z.uuid(),
  contactId: z.uuid().nullable(),
  assigneeId: z.uuid().nullable(),
  status: z.enum(['open', 'resolved']),
  topic: z.enum(['question', 'complaint', 'feedback']),
  subject: z.string().nullable(),
  owner: z.enum(['bot', 'queue', 'agent', 'champion']).describe('who answers now'),
  rung: z
    .enum(RUNG_KINDS)
    .describe('the escalation ladder step the conversation stands on (queue vs supervisor)'),
  rungSince: z.string().describe('when it reached that rung: its wait there starts here'),
  teamId: z.uuid().nullable(),
  channel: z.enum(CHANNELS),
  priority: z.enum(PRIORITIES),
  lastSeq: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Conversation = z.infer<typeof Conversation>;

export const Contact = z.object({
  id: z.uuid(),
  externalId: z.string().nullable(),
  name: z.string().nullable(),
  email: z.string().nullable(),
  verified: z.boolean(),
  /** Marked VIP by the business; it counts (skips the assistant) only while verified. */
  vip: z.boolean(),
  createdAt: z.string(),
});
export type Contact = z.infer<typeof Contact>;

/** What the business may change on a contact through the API. */
export const ContactUpdate = z.object({
  vip: z.boolean({ error: 'vip: true or false' }),
});
export type ContactUpdate = z.infer<typeof ContactUpdate>;

export const Member = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: z.enum(['owner', 'admin', 'agent', 'champion']),
  hasPassword: z.boolean(),
  createdAt: z.string(),
});

export const Workspace = z.object({
  id: z.uuid(),
  name: z.string(),
  publicKey: z.string(),
  createdAt: z.string(),
});

export const ConversationPage = z.object({ conversations: z.array(Conversation) });
export const ContactPage = z.object({ contacts: z.array(Contact) });
export const MemberList = z.object({ members: z.array(Member) });
export const MessagePage = z.object({
  messages: z.array(WireMessage),
  lastSeq: z.number().int(),
  more: z.boolean(),
});

export const ErrorResponse = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    retryAfterSeconds: z.number().optional(),
  }),
});

export const InboxQuery = z.object({
  view: z.enum(['mine', 'unassigned', 'open', 'resolved']).default('open'),
  q: z.string().trim().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type InboxQuery = z.infer<typeof InboxQuery>;

export const AssignInput = z.object({ assigneeId: z.uuid().nullable() });
export type AssignInput = z.infer<typeof AssignInput>;

export const PriorityInput = z.object({
  priority: z.enum(PRIORITIES, { error: `priority is one of ${PRIORITIES.join(', ')}` }),
});

/** What the business may change on a conversation through the REST API: its priority. */
export const ConversationUpdate = PriorityInput.strict();

/**
 * A conversation's messages for the console: forward from `after` (catching up), or with
 * `beforeSeq` the page just before that sequence (older history, newest page first).
 */
export const HistoryQuery = z
  .object({
    after: z.coerce.number().int().min(0).optional(),
    beforeSeq: z.coerce
      .number({ error: 'a message sequence number' })
      .int('a whole number')
      .min(1, 'a sequence number of 1 or more')
      .max(Number.MAX_SAFE_INTEGER)
      .optional(),
    limit: z.coerce
      .number({ error: 'a number of messages' })
      .int('a whole number')
      .min(1, 'at least 1')
      .max(500, 'at most 500')
      .optional(),
  })
  .refine((q) => q.after === undefined || q.beforeSeq === undefined, {
    message: 'give either after or beforeSeq, not both',
    path: ['beforeSeq'],
  });
export type HistoryQuery = z.infer<typeof HistoryQuery>;

export const CreateWebhookInput = z.object({
  url: z
    .url({ protocol: /^https?$/, error: 'an http(s) URL that accepts POST requests' })
    .max(2000),
  events: z.array(z.enum(WEBHOOK_EVENTS)).min(1, 'at least one event'),
});
export type CreateWebhookInput = z.infer<typeof CreateWebhookInput>;
