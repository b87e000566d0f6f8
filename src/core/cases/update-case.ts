import { insertCaseEvent, type CaseEventKind } from '../../db/queries/case-records.js';
import { findCase, lockCase, saveCaseState, type CaseRow } from '../../db/queries/cases.js';
import type { MessageRow } from '../../db/queries/messages.js';
import { findMember } from '../../db/queries/users.js';
import { CASE_STATUS_LABELS } from '../../shared/case-labels.js';
import type { ComplaintPolicy, UpdateCaseInput } from '../../shared/schemas/cases.js';
import { publishMessage } from '../conversations/publish-message.js';
import { offerSurvey } from '../surveys/offer-survey.js';
import type { ConversationDeps } from '../conversations/realtime-deps.js';
import { AppError, notFound } from '../errors.js';
import { changeNotice, queueCaseUpdated, writeCaseNotice } from './case-notices.js';
import { canMoveCase, CASE_TRANSITIONS } from './case-status.js';
import { complaintPolicy } from './complaint-policy.js';
import { promisedBy } from './due-date.js';

type Change = { kind: Extract<CaseEventKind, 'status' | 'owner' | 'due'>; detail: object };

/**
 * A member changes a case's status, owner or due time. The case is locked, so two people acting
 * at once are applied one after the other; the history, the `case.updated` webhook and what the
 * customer is told commit together, and the customer hears of it only after the commit.
 * Reopening promises a new answer time from the policy unless a due time is given.
 */
export async function updateCase(
  deps: ConversationDeps,
  actor: { workspaceId: string; userId: string | null },
  input: UpdateCaseInput & { caseId: string },
): Promise<{ changed: boolean }> {
  const { workspaceId } = actor;
  const policy = await complaintPolicy(deps, workspaceId);
  const owner = input.ownerId ? await caseOwner(deps, workspaceId, input.ownerId) : null;
  const now = deps.now();
  const result = await deps.db.transaction(async (tx) => {
    const current = await lockCase(tx, workspaceId, input.caseId);
    if (!current) throw notFound('Case');
    const before = (await findCase(tx, workspaceId, current.id))!;
    const next = { ...current, updated_at: now };
    const changes: Change[] = [];
    if (input.status && input.status !== current.status) {
      moveStatus(current, input.status, next, now, policy);
      changes.push({ kind: 'status', detail: { from: current.status, to: input.status } });
    }
    if (input.ownerId !== undefined && input.ownerId !== current.owner_id) {
      next.owner_id = input.ownerId;
      const to = owner?.name ?? current.team;
      changes.push({ kind: 'owner', detail: { from: before.owner_name ?? current.team, to } });
    }
    if (input.dueAt && new Date(input.dueAt).getTime() !== current.due_at.getTime()) {
      next.due_at = new Date(input.dueAt);
      const detail = { from: current.due_at.toISOString(), to: next.due_at.toISOString() };
      changes.push({ kind: 'due', detail });
    }
    if (!changes.length) return { changed: false, written: [] as MessageRow[], resolved: null };
    await saveCaseState(tx, workspaceId, current.id, next);
    for (const c of changes) {
      const event = { workspace_id: workspaceId, case_id: current.id, actor_id: actor.userId };
      await insertCaseEvent(tx, { ...event, kind: c.kind, detail: { ...c.detail }, at: now });
    }
    const kinds = changes.map((c) => c.kind);
    const row = await queueCaseUpdated(tx, workspaceId, current.id, kinds, { policy, now });
    const written: MessageRow[] = [];
    for (const kind of tellable(kinds)) {
      const m = await writeCaseNotice(tx, row, changeNotice(row, kind, policy), 'case_update');
      if (m) written.push(m);
    }
    const resolved = next.status === 'resolved' && current.status !== 'resolved' ? next : null;
    return { changed: true, written, resolved };
  });
  for (const m of result.written) publishMessage(deps, m);
  if (result.resolved) await askHowEasy(deps, result.resolved);
  return { changed: result.changed };
}

/** A new due time says it all when the status moved too (reopening sets one). */
const tellable = (kinds: Change['kind'][]) =>
  kinds.includes('status') ? kinds.filter((k) => k !== 'due') : kinds;

function moveStatus(
  current: CaseRow,
  to: CaseRow['status'],
  next: CaseRow,
  now: Date,
  policy: ComplaintPolicy,
) {
  if (!canMoveCase(current.status, to)) {
    const allowed = CASE_TRANSITIONS[current.status].map((s) => CASE_STATUS_LABELS[s]).join(' or ');
    throw new AppError(
      'conflict',
      `A case that is ${CASE_STATUS_LABELS[current.status]} can become ${allowed}, not ${CASE_STATUS_LABELS[to]}.`,
    );
  }
  next.status = to;
  next.resolved_at = to === 'resolved' ? now : to === 'reopened' ? null : current.resolved_at;
  if (to === 'reopened') {
    const category = policy.categories.find((c) => c.key === current.category);
    next.due_at = promisedBy(now, category?.responseHours ?? policy.responseHours, policy);
  }
}

async function caseOwner(deps: ConversationDeps, workspaceId: string, userId: string) {
  const member = await findMember(deps.db, workspaceId, userId);
  if (!member || member.role === 'champion') {
    throw new AppError(
      'invalid_input',
      'A case can be owned by an owner, admin or agent of this workspace; pick someone from the list.',
    );
  }
  return member;
}

/**
 * CES after a resolved complaint: "did we make it easy?". The case change has committed; a
 * survey that cannot be offered (no contact left) must not turn it into an error.
 */
async function askHowEasy(deps: ConversationDeps, c: CaseRow) {
  if (!c.contact_id) return;
  await offerSurvey(deps, {
    kind: 'ces',
    workspaceId: c.workspace_id,
    contactId: c.contact_id,
    conversationId: c.conversation_id,
    caseId: c.id,
    touchpoint: 'case_resolved',
    ...(c.owner_id ? { agentId: c.owner_id } : {}),
  }).catch(() => undefined);
}
