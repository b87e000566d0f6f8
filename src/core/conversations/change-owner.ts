import type { Db } from '../../db/db.js';
import { findContact } from '../../db/queries/contacts.js';
import type { ConversationRow } from '../../db/queries/conversations.js';
import { insertHandoff, lockConversation, setOwnership } from '../../db/queries/ownership.js';
import { findMember } from '../../db/queries/users.js';
import { enqueueDeliveries } from '../../db/queries/webhooks.js';
import type { InboxConversation } from '../../shared/realtime.js';
import type { RungKind } from '../../shared/schemas/ladder.js';
import type { WebhookEvent } from '../../shared/webhooks.js';
import { AppError, notFound } from '../errors.js';
import { decide, type Owner, type OwnerState, type Transition } from './owner.js';
import type { ConversationDeps } from './realtime-deps.js';

/** A transition as callers name it; the person's role (agent or champion) is looked up here. */
export type OwnerChange =
  Exclude<Transition, { type: 'claim' | 'assign' }> | { type: 'claim' | 'assign'; userId: string };

export const ownerOf = (row: ConversationRow): Owner =>
  row.owner === 'agent' || row.owner === 'champion'
    ? { kind: row.owner, userId: row.assignee_id! }
    : { kind: row.owner };

/** The rung as the owner makes it true: 'bot' exactly while the bot owns the conversation. */
export const rungOf = (row: Pick<ConversationRow, 'owner' | 'rung'>): RungKind =>
  row.owner === 'bot' ? 'bot' : row.rung === 'bot' ? 'queue' : row.rung;

const stateOf = (row: ConversationRow): OwnerState => ({
  owner: ownerOf(row),
  status: row.status,
  rung: rungOf(row),
  rungSince: row.rung_since,
});

/**
 * Applies one ownership transition under a row lock, so two agents claiming at once are
 * serialised and exactly one wins. The change, its audit row and its webhooks commit together;
 * the inbox (and, for status, the customer) hear of it only after the commit. It also keeps the
 * ladder position true: the rung follows the owner, and every change of owner or rung (or a
 * reopening) restarts the rung's clock at `deps.now()`.
 */
export async function changeOwner(
  deps: ConversationDeps,
  input: {
    workspaceId: string;
    conversationId: string;
    change: OwnerChange;
    /** The member who acted; null for the customer or the system. */
    actorId: string | null;
    /**
     * Runs under the row lock before the change; returning false leaves the conversation as it
     * is (automatic routing: still waiting, and the agent still has room).
     */
    onlyIf?: (tx: Db, row: ConversationRow) => Promise<boolean>;
  },
): Promise<{ conversation: InboxConversation; changed: boolean }> {
  const transition = await withRole(deps.db, input.workspaceId, input.change);
  const result = await deps.db.transaction(async (tx) => {
    const row = await lockConversation(tx, input.workspaceId, input.conversationId);
    if (!row) throw notFound('Conversation');
    if (input.onlyIf && !(await input.onlyIf(tx, row))) {
      return { row, changed: false, statusChanged: false };
    }
    const before = stateOf(row);
    const decision = decide(before, transition);
    if (!decision.change) return { row, changed: false, statusChanged: false };
    const { owner, status, rung } = decision.next;
    const person = 'userId' in owner ? owner.userId : null;
    const updated = await setOwnership(tx, input.workspaceId, row.id, {
      owner: owner.kind,
      assigneeId: person,
      status,
      rung,
      rungSince: decision.restartClock ? deps.now() : null,
    });
    if (decision.ownerChanged || decision.rungChanged) {
      await insertHandoff(tx, {
        workspace_id: row.workspace_id,
        conversation_id: row.id,
        from_owner: row.owner,
        from_user: row.assignee_id,
        to_owner: owner.kind,
        to_user: person,
        reason: decision.reason,
        actor_id: input.actorId,
        from_rung: before.rung,
        to_rung: rung,
      });
    }
    const events: WebhookEvent[] = [];
    if (decision.ownerChanged && person) events.push('conversation.assigned');
    if (status === 'resolved' && before.status !== 'resolved') events.push('conversation.resolved');
    await queueWebhooks(tx, updated, events);
    return { row: updated, changed: true, statusChanged: status !== before.status };
  });
  const conversation = await describe(deps.db, result.row);
  if (result.changed) {
    deps.publish({
      workspaceId: input.workspaceId,
      conversationId: conversation.id,
      internal: true,
      inbox: true,
      frame: { t: 'conversation', conversation },
    });
  }
  if (result.statusChanged) {
    deps.publish({
      workspaceId: input.workspaceId,
      conversationId: conversation.id,
      internal: false,
      frame: { t: 'status', conversationId: conversation.id, status: conversation.status },
    });
  }
  return { conversation, changed: result.changed };
}

async function withRole(db: Db, workspaceId: string, change: OwnerChange): Promise<Transition> {
  if (!('userId' in change)) return change;
  const member = await findMember(db, workspaceId, change.userId);
  if (!member)
    throw new AppError('invalid_input', 'That person is not a member of this workspace.');
  const role = member.role === 'champion' ? 'champion' : 'agent';
  return { type: change.type, userId: change.userId, role };
}

/** Written in the same transaction as the change, so they are sent only if it commits. */
function queueWebhooks(tx: Db, row: ConversationRow, events: WebhookEvent[]) {
  if (!events.length) return;
  const payload = { conversation: inboxView(row, null) };
  return enqueueDeliveries(
    tx,
    events.map((event) => ({ workspace_id: row.workspace_id, event, payload })),
  );
}

export async function describe(db: Db, row: ConversationRow) {
  const contact = row.contact_id ? await findContact(db, row.workspace_id, row.contact_id) : null;
  return inboxView(row, contact?.name ?? contact?.email ?? null);
}

export function inboxView(row: ConversationRow, contactName: string | null): InboxConversation {
  return {
    id: row.id,
    status: row.status,
    topic: row.topic,
    subject: row.subject,
    contactId: row.contact_id,
    contactName,
    owner: row.owner,
    assigneeId: row.assignee_id,
    rung: rungOf(row),
    priority: row.priority,
    lastSeq: row.last_seq,
    updatedAt: row.updated_at.toISOString(),
  };
}
