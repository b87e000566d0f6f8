import { insertCaseEvent } from '../../db/queries/case-records.js';
import { lockCase, touchCase } from '../../db/queries/cases.js';
import type { CoreDeps } from '../deps.js';
import { notFound } from '../errors.js';

/**
 * An internal note on a case, kept in its history for the team. Notes never reach the customer:
 * not in the widget, not on the status page, not in the conversation.
 */
export async function addCaseNote(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  actor: { workspaceId: string; userId: string },
  input: { caseId: string; body: string },
): Promise<void> {
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    const current = await lockCase(tx, actor.workspaceId, input.caseId);
    if (!current) throw notFound('Case');
    await insertCaseEvent(tx, {
      workspace_id: actor.workspaceId,
      case_id: current.id,
      kind: 'note',
      detail: { body: input.body },
      actor_id: actor.userId,
      at: now,
    });
    await touchCase(tx, actor.workspaceId, current.id, now);
  });
}
