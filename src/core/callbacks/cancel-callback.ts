import { lockCallback, saveCallbackState } from '../../db/queries/callbacks.js';
import type { CustomerCallbackView } from '../../shared/schemas/callbacks.js';
import { changeOwner } from '../conversations/change-owner.js';
import type { ConversationDeps, Participant } from '../conversations/realtime-deps.js';
import { notFound } from '../errors.js';
import { withCommittedEvents } from './after-commit.js';
import { customerView } from './callback-views.js';

/**
 * The customer no longer wants the call: its place in the slot is free again at once, and a
 * task already in the queue is closed. Cancelling twice, or a call already made, changes nothing.
 */
export async function cancelCallback(
  deps: ConversationDeps,
  who: Extract<Participant, { kind: 'contact' }>,
  callbackId: string,
): Promise<CustomerCallbackView> {
  return withCommittedEvents(deps, async (tx) => {
    const b = await lockCallback(tx.db, who.workspaceId, callbackId);
    if (!b || b.contact_id !== who.contactId) throw notFound('Callback');
    if (b.status !== 'scheduled' && b.status !== 'queued') return customerView(b, false);
    const saved = await saveCallbackState(tx.db, { ...b, status: 'cancelled' }, tx.now());
    if (b.conversation_id && b.status === 'queued') {
      await changeOwner(tx, {
        workspaceId: b.workspace_id,
        conversationId: b.conversation_id,
        change: { type: 'resolve' },
        actorId: null,
      });
    }
    return customerView(saved, false);
  });
}
