import type { Db } from '../../db/db.js';
import {
  findCase,
  findCaseOfConversation,
  insertCase,
  nextCaseNumber,
  type CaseListRow,
} from '../../db/queries/cases.js';
import { insertCaseEvent } from '../../db/queries/case-records.js';
import { findConversation } from '../../db/queries/conversations.js';
import { lockConversation } from '../../db/queries/ownership.js';
import { findMember } from '../../db/queries/users.js';
import type { SubmitComplaintInput } from '../../shared/schemas/cases.js';
import { AppError } from '../errors.js';
import { publishMessage } from '../conversations/publish-message.js';
import type { ConversationDeps, Participant } from '../conversations/realtime-deps.js';
import { startConversation } from '../conversations/start-conversation.js';
import { acknowledgementText, queueCaseUpdated, writeCaseNotice } from './case-notices.js';
import { complaintPolicy } from './complaint-policy.js';
import { promisedBy } from './due-date.js';

type Customer = Extract<Participant, { kind: 'contact' }>;

/**
 * A customer's complaint from the widget becomes a conversation (topic complaint, the
 * description as their first message) and a case linked to it, and the customer is told at once
 * who owns it and by when they will hear back. Every id is made by the widget, so a retry —
 * a double click, a network retry, a reload while queued offline — finds what the first attempt
 * made: one conversation, one case, one acknowledgement (the last also a database rule).
 */
export async function submitComplaint(
  deps: ConversationDeps,
  who: Customer,
  input: SubmitComplaintInput,
): Promise<{ caseId: string; conversationId: string; created: boolean }> {
  const policy = await complaintPolicy(deps, who.workspaceId);
  const category = policy.categories.find((c) => c.key === input.category);
  if (!category) {
    const keys = policy.categories.map((c) => c.key).join(', ');
    throw new AppError('invalid_input', `Choose a category from this list: ${keys}.`);
  }
  const earlier = await findCase(deps.db, who.workspaceId, input.complaintId);
  if (earlier) return sameComplaint(earlier, who, input);
  // An id already used for another kind of conversation must not receive the description.
  const before = await findConversation(deps.db, who.workspaceId, input.conversationId);
  if (before && before.topic !== 'complaint') throw taken();

  const { conversation } = await startConversation(deps, {
    workspaceId: who.workspaceId,
    contactId: who.contactId,
    conversationId: input.conversationId,
    topic: 'complaint',
    clientId: `complaint-${input.complaintId}`,
    body: input.description,
    person: true,
    ...(input.page ? { page: input.page } : {}),
  });
  if (conversation.topic !== 'complaint') throw taken();

  const ownerId = await ownerFor(deps, who.workspaceId, category.ownerId ?? policy.ownerId);
  const hours = category.responseHours ?? policy.responseHours;
  const now = deps.now();
  const result = await deps.db.transaction(async (tx) => {
    await lockConversation(tx, who.workspaceId, conversation.id);
    const existing = await findCaseOfConversation(tx, who.workspaceId, conversation.id);
    if (existing) return { row: existing, ack: undefined, created: false };
    const row = await openCase(tx, {
      id: input.complaintId,
      workspace_id: who.workspaceId,
      conversation_id: conversation.id,
      contact_id: who.contactId,
      category: category.key,
      description: input.description,
      order_ref: input.orderRef ?? null,
      owner_id: ownerId,
      team: policy.team,
      due_at: promisedBy(now, hours, policy),
      created_at: now,
    });
    await queueCaseUpdated(tx, who.workspaceId, row.id, ['created'], { policy, now });
    const ack = await writeCaseNotice(tx, row, acknowledgementText(row, policy, hours), 'case_ack');
    return { row, ack, created: true };
  });
  if (result.ack) publishMessage(deps, result.ack);
  return sameComplaint(result.row, who, input, result.created);
}

/** Inserts the case with the next number and its first history entry; returns it with names. */
async function openCase(
  tx: Db,
  c: Omit<Parameters<typeof insertCase>[1], 'number'>,
): Promise<CaseListRow> {
  const inserted = await insertCase(tx, { ...c, number: await nextCaseNumber(tx, c.workspace_id) });
  if (!inserted) throw taken();
  await insertCaseEvent(tx, {
    workspace_id: c.workspace_id,
    case_id: c.id,
    kind: 'created',
    detail: { category: c.category, dueAt: c.due_at.toISOString() },
    actor_id: null,
    at: c.created_at,
  });
  return (await findCase(tx, c.workspace_id, c.id))!;
}

function sameComplaint(
  row: { id: string; conversation_id: string; contact_id: string | null },
  who: Customer,
  input: SubmitComplaintInput,
  created = false,
) {
  if (row.contact_id !== who.contactId || row.id !== input.complaintId) throw taken();
  return { caseId: row.id, conversationId: row.conversation_id, created };
}

const taken = () =>
  new AppError('conflict', 'That complaint or conversation id is taken; make new ones and resend.');

/** The configured owner if they are still a member who can own cases; otherwise the team. */
async function ownerFor(
  deps: ConversationDeps,
  workspaceId: string,
  userId: string | null | undefined,
): Promise<string | null> {
  if (!userId) return null;
  const member = await findMember(deps.db, workspaceId, userId);
  return member && member.role !== 'champion' ? member.id : null;
}
