import { z } from 'zod';
import { MAX_MESSAGE_CHARS } from './limits.js';
import type { SlaBadge } from './sla-labels.js';

export { MAX_MESSAGE_CHARS };

/** What a person may type: trimmed, not empty, at most MAX_MESSAGE_CHARS. */
export const MessageBody = z
  .string()
  .trim()
  .min(1, 'a message cannot be empty')
  .max(MAX_MESSAGE_CHARS, `a message can be at most ${MAX_MESSAGE_CHARS} characters`);

/** A message as both sides see it on the wire. Private notes never reach a customer. */
export const WireMessage = z.object({
  conversationId: z.uuid(),
  seq: z.number().int().positive(),
  clientId: z.string(),
  authorType: z.enum(['contact', 'agent', 'bot', 'system']),
  authorId: z.string().nullable(),
  private: z.boolean(),
  body: z.string(),
  createdAt: z.string(),
  /** On automated messages: the assistant's citations and verdict, or a case notice's kind. */
  meta: z
    .object({
      kind: z.enum(['bot_answer', 'bot_note', 'case_ack', 'case_update', 'survey']),
      declined: z.boolean().optional(),
      confidence: z.number().optional(),
      citations: z
        .array(z.object({ articleId: z.string(), title: z.string(), url: z.string().nullable() }))
        .optional(),
      /** On a survey invitation (kind 'survey'): which offer, so the widget shows its scale. */
      survey: z.object({ offerId: z.uuid(), kind: z.enum(['csat', 'ces', 'nps']) }).optional(),
    })
    .optional(),
});
export type WireMessage = z.infer<typeof WireMessage>;
export type MessageMeta = NonNullable<WireMessage['meta']>;

/** Frames a client sends over the WebSocket. */
export const ClientFrame = z.discriminatedUnion('t', [
  z.object({
    t: z.literal('send'),
    conversationId: z.uuid(),
    clientId: z.string().min(8).max(64),
    body: MessageBody,
    private: z.boolean().optional(),
  }),
  z.object({
    t: z.literal('resume'),
    conversationId: z.uuid(),
    afterSeq: z.number().int().min(0),
  }),
  z.object({ t: z.literal('typing'), conversationId: z.uuid(), on: z.boolean() }),
  z.object({ t: z.literal('read'), conversationId: z.uuid(), seq: z.number().int().min(0) }),
  z.object({ t: z.literal('ping') }),
]);
export type ClientFrame = z.infer<typeof ClientFrame>;

const UUID = z.regexes.uuid();

/**
 * `ClientFrame.safeParse`, with the frame sent most (`send`) checked by hand first: a chat
 * pays for it on every message. The hand check accepts only what the schema accepts and returns
 * what it would; anything else goes to the schema, whose issues name what to fix.
 */
export function parseClientFrame(json: unknown): z.ZodSafeParseResult<ClientFrame> {
  const f = json as Record<string, unknown> | null;
  if (typeof f !== 'object' || f === null || f.t !== 'send') return ClientFrame.safeParse(json);
  const { conversationId, clientId, body, private: isPrivate } = f;
  const text = typeof body === 'string' ? body.trim() : '';
  if (
    typeof conversationId !== 'string' ||
    !UUID.test(conversationId) ||
    typeof clientId !== 'string' ||
    clientId.length < 8 ||
    clientId.length > 64 ||
    text.length < 1 ||
    text.length > MAX_MESSAGE_CHARS ||
    (isPrivate !== undefined && typeof isPrivate !== 'boolean')
  )
    return ClientFrame.safeParse(json);
  const data: ClientFrame = { t: 'send', conversationId, clientId, body: text };
  if (isPrivate !== undefined) data.private = isPrivate;
  return { success: true, data };
}

/** Frames the server sends. `ack` comes only after the message is committed. */
export type ServerFrame =
  | { t: 'ack'; conversationId: string; clientId: string; seq: number; duplicate: boolean }
  | { t: 'message'; message: WireMessage }
  | { t: 'typing'; conversationId: string; who: 'contact' | 'agent'; name?: string; on: boolean }
  | { t: 'read'; conversationId: string; who: 'contact' | 'agent'; seq: number }
  /** How many of the team are online to answer, workspace-wide; sent on connect and on change. */
  | { t: 'presence'; agentsOnline: number }
  | { t: 'resumed'; conversationId: string; lastSeq: number }
  | { t: 'error'; code: string; message: string; clientId?: string; retryAfterSeconds?: number }
  | { t: 'status'; conversationId: string; status: 'open' | 'resolved' }
  /**
   * The conversation's place in the team queue and the expected wait (null: nobody online to
   * estimate honestly). `position: null` means it is not waiting (a person or the bot has it).
   */
  | {
      t: 'queue';
      conversationId: string;
      position: number | null;
      etaMinutes: number | null;
      /** Leaving the line to a person: their name, so the customer knows who will answer. */
      answeredBy?: string;
      /**
       * Only while the conversation's team is closed: when it opens (ISO; `etaMinutes` counts
       * the time until then), or null when its hours never open again.
       */
      opensAt?: string | null;
      /**
       * Only while the team is open but closes before the estimate is up: when it closes, and
       * when it opens again (null: never); `etaMinutes` counts the closed hours between.
       */
      closesAt?: string;
      reopensAt?: string | null;
    }
  /**
   * Customers: the person who has the conversation now and whether they are online (name null:
   * no one in particular, e.g. it waits in line or the virtual agent has it). Sent on (re)join
   * and whenever either changes.
   */
  | { t: 'agent'; conversationId: string; name: string | null; online: boolean }
  /** Agents only: a conversation's state changed (assignment, status). */
  | { t: 'conversation'; conversation: InboxConversation }
  /** Agents only, workspace-wide: something new in a conversation, for inbox lists and counts. */
  | {
      t: 'inbox';
      conversationId: string;
      lastSeq: number;
      preview: string;
      authorType: WireMessage['authorType'];
      private: boolean;
      at: string;
    }
  /**
   * Agents only, workspace-wide: a conversation's nearest running SLA clock changed (null: none
   * runs), or the sweep found it inside its warning window or past due.
   */
  | {
      t: 'sla.updated' | 'sla.warning' | 'sla.breached';
      conversationId: string;
      sla: SlaBadge | null;
    }
  | { t: 'pong' };

/** A conversation as the console's inbox shows it. */
export interface InboxConversation {
  id: string;
  status: 'open' | 'resolved';
  topic: 'question' | 'complaint' | 'feedback';
  subject: string | null;
  contactId: string | null;
  contactName: string | null;
  /** Who answers now: the bot, the team queue, or a person (assigneeId). */
  owner: 'bot' | 'queue' | 'agent' | 'champion';
  assigneeId: string | null;
  /** Its step on the escalation ladder; 'supervisor' when the queue's time budget ran out. */
  rung: 'bot' | 'community' | 'champion' | 'queue' | 'supervisor';
  /** Urgent first: the router serves higher priorities first, and waiting ones rise with age. */
  priority: 'urgent' | 'high' | 'normal' | 'low';
  lastSeq: number;
  updatedAt: string;
  /** In inbox lists: the nearest running SLA clock (absent elsewhere, null when none runs). */
  sla?: SlaBadge | null;
}

/** Something that happened in a conversation, fanned out by the hub to those allowed to see it. */
export interface ConversationEvent {
  workspaceId: string;
  conversationId: string;
  /** Internal events (private notes, assignments, agent-only metadata) never reach a customer. */
  internal: boolean;
  /** Delivered to every agent watching the workspace (the inbox), not to conversation sockets. */
  inbox?: boolean;
  frame: ServerFrame;
}
