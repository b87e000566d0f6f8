import type { Db } from '../../db/db.js';
import type { ConversationRow } from '../../db/queries/conversations.js';
import { enqueueDeliveries } from '../../db/queries/webhooks.js';
import type { WebhookEvent } from '../../shared/webhooks.js';
import { setAssignee, setStatus } from '../../db/queries/conversations.js';
import { findContact } from '../../db/queries/contacts.js';
import { findMember } from '../../db/queries/users.js';
import type { InboxConversation } from '../../shared/realtime.js';
import { AppError, notFound } from '../errors.js';
import type { ConversationDeps } from './realtime-deps.js';

type Agent = { workspaceId: string; userId: string };

/**
 * Assigns a conversation to a member of the workspace (or back to nobody). The agents see the
 * change live; the customer sees nothing of who holds it internally.
 */
export async function assignConversation(
  deps: ConversationDeps,
  by: Agent,
  input: { conversationId: string; assigneeId: string | null },
): Promise<InboxConversation> {
  if (input.assigneeId) {
    const member = await findMember(deps.db, by.workspaceId, input.assigneeId);
    if (!member)
      throw new AppError('invalid_input', 'That person is not a member of this workspace.');
  }
  const row = await deps.db.transaction(async (tx) => {
    const changed = await setAssignee(tx, by.workspaceId, input.conversationId, input.assigneeId);
    if (changed) await queueWebhook(tx, changed, 'conversation.assigned');
    return changed;
  });
  return announce(deps, row);
}

/** Resolves or reopens; the customer is told the new status. */
export async function setConversationStatus(
  deps: ConversationDeps,
  by: Agent,
  input: { conversationId: string; status: 'open' | 'resolved' },
): Promise<InboxConversation> {
  const row = await deps.db.transaction(async (tx) => {
    const changed = await setStatus(tx, by.workspaceId, input.conversationId, input.status);
    if (changed?.status === 'resolved') await queueWebhook(tx, changed, 'conversation.resolved');
    return changed;
  });
  const view = await announce(deps, row);
  deps.publish({
    workspaceId: by.workspaceId,
    conversationId: view.id,
    internal: false,
    frame: { t: 'status', conversationId: view.id, status: view.status },
  });
  return view;
}

async function announce(deps: ConversationDeps, row: ConversationRow | undefined) {
  if (!row) throw notFound('Conversation');
  const contact = row.contact_id
    ? await findContact(deps.db, row.workspace_id, row.contact_id)
    : undefined;
  const view = inboxView(row, contact?.name ?? contact?.email ?? null);
  // Every agent socket watches its workspace's inbox, so this one event reaches them all.
  deps.publish({
    workspaceId: row.workspace_id,
    conversationId: row.id,
    internal: true,
    inbox: true,
    frame: { t: 'conversation', conversation: view },
  });
  return view;
}

/** Written in the same transaction as the change, so it is sent only if the change commits. */
function queueWebhook(tx: Db, row: ConversationRow, event: WebhookEvent) {
  const payload = { conversation: inboxView(row, null) };
  return enqueueDeliveries(tx, [{ workspace_id: row.workspace_id, event, payload }]);
}

export function inboxView(row: ConversationRow, contactName: string | null): InboxConversation {
  return {
    id: row.id,
    status: row.status,
    topic: row.topic,
    subject: row.subject,
    contactId: row.contact_id,
    contactName,
    assigneeId: row.assignee_id,
    lastSeq: row.last_seq,
    updatedAt: row.updated_at.toISOString(),
  };
}
