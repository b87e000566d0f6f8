import {
  insertConversation,
  type ConversationRow,
  type Topic,
} from '../../db/queries/conversations.js';
import { enqueueDeliveries } from '../../db/queries/webhooks.js';
import type { PageReport } from '../../shared/schemas/contact-activity.js';
import { firstOwner } from '../assistant/first-owner.js';
import { recordVisitorPage } from '../contacts/record-page.js';
import { AppError } from '../errors.js';
import { inboxView } from './change-conversation.js';
import type { StoredMessage } from './message-writer.js';
import type { ConversationDeps } from './realtime-deps.js';
import { sendMessage } from './send-message.js';

/**
 * A customer opens a conversation from the help button with a first message. The widget makes
 * the conversation id, so a retried request finds the same conversation instead of a second one.
 * The page the customer asks from, when the widget reports it, is remembered on the contact.
 */
export async function startConversation(
  deps: ConversationDeps,
  input: {
    workspaceId: string;
    contactId: string;
    conversationId: string;
    topic: Topic;
    clientId: string;
    body: string;
    page?: PageReport;
    /** Straight to people: the customer asked for a person before the first message. */
    person?: boolean;
    /** The customer's language (navigator.language): the assistant answers in it. */
    locale?: string;
  },
): Promise<{ conversation: ConversationRow; first: StoredMessage }> {
  const owner = input.person
    ? 'queue'
    : await firstOwner(deps, input.workspaceId, input.topic, input.contactId);
  const conversation = await deps.db.transaction(async (tx) => {
    const { row, created } = await insertConversation(tx, {
      id: input.conversationId,
      workspace_id: input.workspaceId,
      contact_id: input.contactId,
      topic: input.topic,
      subject: input.body.slice(0, 120),
      owner,
      locale: input.locale ?? null,
    });
    if (created && row) {
      const payload = { conversation: inboxView(row, null) };
      await enqueueDeliveries(tx, [
        { workspace_id: row.workspace_id, event: 'conversation.created', payload },
      ]);
    }
    if (input.page && row?.contact_id === input.contactId) {
      const who = { workspaceId: input.workspaceId, contactId: input.contactId };
      await recordVisitorPage({ db: tx, now: deps.now }, who, input.page);
    }
    return row;
  });
  if (!conversation || conversation.contact_id !== input.contactId) {
    throw new AppError('conflict', 'That conversation id is taken; make a new one.');
  }
  const who = {
    kind: 'contact' as const,
    workspaceId: input.workspaceId,
    contactId: input.contactId,
  };
  const first = await sendMessage(deps, who, {
    conversationId: conversation.id,
    clientId: input.clientId,
    body: input.body,
  });
  return { conversation, first };
}
