import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/db.js';
import { insertSystemMessage } from '../../db/queries/case-messages.js';
import { findCase, type CaseListRow } from '../../db/queries/cases.js';
import type { MessageRow } from '../../db/queries/messages.js';
import { enqueueDeliveries } from '../../db/queries/webhooks.js';
import { caseReference } from '../../shared/case-labels.js';
import type { ComplaintPolicy } from '../../shared/schemas/cases.js';
import { caseSummary } from './case-views.js';
import { describeDue } from './due-date.js';

export type CaseChange = 'created' | 'status' | 'owner' | 'due' | 'action';

/**
 * Queues `case.updated` for the case as it now stands. Called inside the transaction that made
 * the change, so a webhook is sent only for a change that committed.
 */
export async function queueCaseUpdated(
  tx: Db,
  workspaceId: string,
  caseId: string,
  changes: CaseChange[],
  ctx: { policy: ComplaintPolicy; now: Date },
): Promise<CaseListRow> {
  const row = (await findCase(tx, workspaceId, caseId))!;
  const payload = { changes, case: caseSummary(row, ctx.policy, ctx.now) };
  await enqueueDeliveries(tx, [{ workspace_id: workspaceId, event: 'case.updated', payload }]);
  return row;
}

/** "Laura from Customer care", or "our Customer care team". */
const ownerPhrase = (row: Pick<CaseListRow, 'owner_name' | 'team'>) =>
  row.owner_name ? `${row.owner_name} from ${row.team}` : `our ${row.team} team`;

/** The one acknowledgement a complaint gets: who owns it, and by when the customer hears back. */
export function acknowledgementText(row: CaseListRow, policy: ComplaintPolicy, hours: number) {
  const span = `${hours} ${policy.businessDaysOnly ? 'business hours' : 'hours'}`;
  return (
    `Thank you for telling us, and we are sorry this happened. Your complaint is case ` +
    `${caseReference(row.number)}, and ${ownerPhrase(row)} owns it until it is put right. ` +
    `You will hear from us by ${describeDue(row.due_at, policy.timeZone)} (within ${span}).`
  );
}

/** What the customer is told when their case changes in a way they care about. */
export function changeNotice(
  row: CaseListRow,
  change: 'status' | 'owner' | 'due',
  policy: ComplaintPolicy,
): string {
  const ref = caseReference(row.number);
  const due = describeDue(row.due_at, policy.timeZone);
  if (change === 'owner')
    return `${capitalise(ownerPhrase(row))} now looks after your case ${ref}.`;
  if (change === 'due') return `We now expect to answer about your case ${ref} by ${due}.`;
  if (row.status === 'in_progress') return `Your case ${ref} is now in progress.`;
  if (row.status === 'resolved')
    return `Your case ${ref} is resolved. If anything is still not right, just reply here.`;
  return `Your case ${ref} is open again. You will hear from us by ${due}.`;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Writes a case notice into the conversation (published by the caller after commit). */
export function writeCaseNotice(
  tx: Db,
  row: CaseListRow,
  body: string,
  kind: 'case_ack' | 'case_update',
): Promise<MessageRow | undefined> {
  return insertSystemMessage(tx, {
    workspaceId: row.workspace_id,
    conversationId: row.conversation_id,
    // The acknowledgement's client id is fixed per case: a second write finds the first.
    clientId: kind === 'case_ack' ? `case-ack-${row.id}` : randomUUID(),
    body,
    meta: { kind },
  });
}
