import { listCallbackAttempts } from '../../db/queries/callback-attempts.js';
import {
  findCallback,
  findCallbackOfConversation,
  type CallbackListRow,
} from '../../db/queries/callbacks.js';
import type { CallbackView } from '../../shared/schemas/callbacks.js';
import type { CoreDeps } from '../deps.js';
import { notFound } from '../errors.js';
import { callbackSettings } from './callback-settings.js';
import { callbackView } from './callback-views.js';

async function viewOf(deps: Pick<CoreDeps, 'db' | 'now'>, row: CallbackListRow) {
  const [attempts, settings] = await Promise.all([
    listCallbackAttempts(deps.db, row.workspace_id, [row.id]),
    callbackSettings(deps, row.workspace_id),
  ]);
  return callbackView(row, attempts, settings, deps.now());
}

/** One callback with every call made, for the agent who dials. */
export async function getCallback(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  workspaceId: string,
  callbackId: string,
): Promise<CallbackView> {
  const row = await findCallback(deps.db, workspaceId, callbackId);
  if (!row) throw notFound('Callback');
  return viewOf(deps, row);
}

/** The callback a voice conversation is the task of; null for any other conversation. */
export async function getCallbackOfConversation(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  workspaceId: string,
  conversationId: string,
): Promise<CallbackView | null> {
  const row = await findCallbackOfConversation(deps.db, workspaceId, conversationId);
  return row ? viewOf(deps, row) : null;
}
