import { randomUUID } from 'node:crypto';
import { insertCaseAction, insertCaseEvent } from '../../db/queries/case-records.js';
import { lockCase, touchCase } from '../../db/queries/cases.js';
import type { RecordRecoveryInput } from '../../shared/schemas/cases.js';
import type { CoreDeps } from '../deps.js';
import { notFound } from '../errors.js';
import { queueCaseUpdated } from './case-notices.js';
import { complaintPolicy } from './complaint-policy.js';

/**
 * Records what was done to put things right (an apology, a refund, a credit with its amount,
 * something else), by whom and when. Actions are shown to the customer unless marked internal.
 * The history entry and the `case.updated` webhook commit with it.
 */
export async function recordRecoveryAction(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  actor: { workspaceId: string; userId: string | null },
  input: RecordRecoveryInput & { caseId: string },
): Promise<void> {
  const { workspaceId } = actor;
  const policy = await complaintPolicy(deps, workspaceId);
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    const current = await lockCase(tx, workspaceId, input.caseId);
    if (!current) throw notFound('Case');
    const amount = input.amount === undefined ? null : input.amount.toFixed(2);
    await insertCaseAction(tx, {
      id: randomUUID(),
      workspace_id: workspaceId,
      case_id: current.id,
      kind: input.kind,
      note: input.note ?? null,
      amount,
      currency: input.currency ?? null,
      customer_visible: input.visibleToCustomer,
      recorded_by: actor.userId,
      recorded_at: now,
    });
    const detail = {
      kind: input.kind,
      amount,
      currency: input.currency ?? null,
      visibleToCustomer: input.visibleToCustomer,
    };
    await insertCaseEvent(tx, {
      workspace_id: workspaceId,
      case_id: current.id,
      kind: 'action',
      detail,
      actor_id: actor.userId,
      at: now,
    });
    await touchCase(tx, workspaceId, current.id, now);
    await queueCaseUpdated(tx, workspaceId, current.id, ['action'], { policy, now });
  });
}
