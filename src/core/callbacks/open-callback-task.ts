import { randomUUID } from 'node:crypto';
import { insertSystemMessage } from '../../db/queries/case-messages.js';
import { insertCallbackConversation } from '../../db/queries/callback-tasks.js';
import { saveCallbackState, type CallbackRow } from '../../db/queries/callbacks.js';
import { enqueueDeliveries } from '../../db/queries/webhooks.js';
import type { CallbackSettings } from '../../shared/schemas/callbacks.js';
import { changeOwner, inboxView } from '../conversations/change-owner.js';
import { publishMessage } from '../conversations/publish-message.js';
import type { ConversationDeps } from '../conversations/realtime-deps.js';
import { phoneDisplay } from './callback-views.js';

/**
 * A callback whose time has come becomes a task like a conversation: a voice conversation
 * waiting in the team queue (the callback team's, if set), which the auto-assigner routes to an
 * agent who takes calls, by the same skills, capacity and presence as any other work. The first
 * time it is made, with a line for both sides saying which number will be called; a retry or a
 * rescheduled call reopens the same conversation, so its whole story stays in one place.
 *
 * Runs inside the caller's transaction (`tx` from withCommittedEvents): its events go out only
 * after the commit.
 */
export async function openCallbackTask(
  tx: ConversationDeps,
  b: CallbackRow,
  settings: Pick<CallbackSettings, 'teamId'>,
): Promise<CallbackRow> {
  const now = tx.now();
  let conversationId = b.conversation_id;
  if (conversationId) {
    // Resolved (and back with the queue) after an unanswered call: open and waiting again.
    await changeOwner(tx, {
      workspaceId: b.workspace_id,
      conversationId,
      change: { type: 'reopen' },
      actorId: null,
    });
  } else {
    conversationId = await newTaskConversation(tx, b, settings.teamId, now);
  }
  return saveCallbackState(tx.db, { ...b, status: 'queued', conversation_id: conversationId }, now);
}

async function newTaskConversation(
  tx: ConversationDeps,
  b: CallbackRow,
  teamId: string | null,
  now: Date,
): Promise<string> {
  const phone = phoneDisplay(b.phone);
  const row = await insertCallbackConversation(tx.db, {
    id: randomUUID(),
    workspace_id: b.workspace_id,
    contact_id: b.contact_id,
    subject: `Call back ${phone}`,
    team_id: teamId,
    now,
  });
  const view = inboxView(row, b.name);
  await enqueueDeliveries(tx.db, [
    {
      workspace_id: b.workspace_id,
      event: 'conversation.created',
      payload: { conversation: view },
    },
  ]);
  const message = await insertSystemMessage(tx.db, {
    workspaceId: b.workspace_id,
    conversationId: row.id,
    clientId: `callback-${b.id}`,
    body: `We will call you at ${phone} shortly.${b.note ? `\nAbout: ${b.note}` : ''}`,
    meta: null,
  });
  tx.publish({
    workspaceId: b.workspace_id,
    conversationId: row.id,
    internal: true,
    inbox: true,
    frame: { t: 'conversation', conversation: { ...view, lastSeq: message?.seq ?? 0 } },
  });
  if (message) publishMessage(tx, message);
  return row.id;
}
