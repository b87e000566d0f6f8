import { randomUUID } from 'node:crypto';
import {
  countInvitationRules,
  findInvitationRule,
  insertInvitationRule,
  updateInvitationRule,
} from '../../db/queries/invitation-rules.js';
import { findTeam } from '../../db/queries/teams.js';
import type { InvitationRuleInput, InvitationRuleView } from '../../shared/schemas/invitations.js';
import type { CoreDeps } from '../deps.js';
import { AppError, notFound } from '../errors.js';
import { ruleFields, ruleView } from './rule-view.js';

/** Enough for every page type of a shop; more would be hard to reason about (and slow to try). */
export const MAX_RULES = 50;

const nameTaken = (name: string) =>
  new AppError('conflict', `There is already a rule called "${name}". Choose another name.`);

/** Creates a rule, or (with `ruleId`) replaces one. The team must be one of the workspace's. */
export async function saveInvitationRule(
  deps: Pick<CoreDeps, 'db'>,
  workspaceId: string,
  input: InvitationRuleInput,
  ruleId?: string,
): Promise<InvitationRuleView> {
  if (input.teamId && !(await findTeam(deps.db, workspaceId, input.teamId)))
    throw new AppError('invalid_input', 'That team does not exist here. Pick one of your teams.');
  const id = ruleId ?? randomUUID();
  const fields = ruleFields(id, workspaceId, input);
  if (ruleId) {
    const result = await updateInvitationRule(deps.db, fields);
    if (result === 'missing') throw notFound('Invitation rule');
    if (result === 'taken') throw nameTaken(input.name);
  } else {
    if ((await countInvitationRules(deps.db, workspaceId)) >= MAX_RULES)
      throw new AppError('conflict', `A workspace can have ${MAX_RULES} rules. Remove one first.`);
    if (!(await insertInvitationRule(deps.db, fields))) throw nameTaken(input.name);
  }
  const saved = await findInvitationRule(deps.db, workspaceId, id);
  if (!saved) throw notFound('Invitation rule');
  return ruleView(saved);
}
