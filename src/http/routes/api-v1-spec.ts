import type { z } from 'zod';
import {
  ContactPage,
  Contact,
  ContactUpdate,
  ConversationUpdate,
  Conversation,
  ConversationListQuery,
  ConversationPage,
  ListQuery,
  Member,
  MemberList,
  MessagePage,
  MessagesQuery,
  Workspace,
} from '../../shared/schemas/api.js';
import { API_V1_CASES } from './api-v1-cases-spec.js';
import { API_V1_KB } from './api-v1-kb-spec.js';
import { API_V1_SURVEYS } from './api-v1-surveys-spec.js';

export interface RouteSpec {
  method: 'get' | 'post' | 'patch' | 'delete';
  /** Hono-style path under /api/v1 (`:id` parameters). */
  path: string;
  summary: string;
  query?: z.ZodObject;
  /** A request body: JSON unless `contentType` says otherwise. */
  body?: { contentType?: string; schema: z.ZodType };
  response: z.ZodType;
}

/**
 * The REST API's surface, one entry per route. The routes validate with these schemas and the
 * OpenAPI document is generated from them, so the two cannot drift apart.
 */
export const API_V1 = {
  workspace: {
    method: 'get',
    path: '/workspace',
    summary: 'The workspace this token acts for',
    response: Workspace,
  },
  members: {
    method: 'get',
    path: '/members',
    summary: 'People who can sign in to the workspace',
    response: MemberList,
  },
  member: { method: 'get', path: '/members/:id', summary: 'One member', response: Member },
  conversations: {
    method: 'get',
    path: '/conversations',
    summary: 'Conversations, most recently active first',
    query: ConversationListQuery,
    response: ConversationPage,
  },
  conversation: {
    method: 'get',
    path: '/conversations/:id',
    summary: 'One conversation',
    response: Conversation,
  },
  messages: {
    method: 'get',
    path: '/conversations/:id/messages',
    summary: 'Messages after a sequence number, in order (private notes included)',
    query: MessagesQuery,
    response: MessagePage,
  },
  contacts: {
    method: 'get',
    path: '/contacts',
    summary: 'Contacts, newest first',
    query: ListQuery,
    response: ContactPage,
  },
  contact: { method: 'get', path: '/contacts/:id', summary: 'One contact', response: Contact },
  updateContact: {
    method: 'patch',
    path: '/contacts/:id',
    summary:
      'Mark a contact VIP (or not). A VIP counts only while the contact is verified (a signed ' +
      "identity); a verified VIP skips the assistant when the ladder's first step lists `vip`, " +
      'and their open conversations with it go to the team at once.',
    body: { schema: ContactUpdate },
    response: Contact,
  },
  updateConversation: {
    method: 'patch',
    path: '/conversations/:id',
    summary:
      "Set a conversation's priority (urgent, high, normal, low). Routing serves higher " +
      'priorities first, keeping when each started waiting; SLA clocks take the new ' +
      "priority's targets; agents see the change live. The customer is not told.",
    body: { schema: ConversationUpdate },
    response: Conversation,
  },
  ...API_V1_KB,
  ...API_V1_CASES,
  ...API_V1_SURVEYS,
} as const satisfies Record<string, RouteSpec>;
