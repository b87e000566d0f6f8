import { listInvitationRules } from '../../db/queries/invitation-rules.js';
import { findWorkspaceByKey } from '../../db/queries/workspaces.js';
import { RuleConditions, type InvitationNeeds } from '../../shared/schemas/invitations.js';
import type { CoreDeps } from '../deps.js';
import { notFound } from '../errors.js';

const sorted = <T>(values: Iterable<T>) => [...new Set(values)].sort();

/**
 * What the widget has to watch so it asks only when an answer could change: the times on a page
 * at which a rule can start to match, the events and attributes the rules look at, and the
 * business events counted as conversions. `on: false` (no enabled rule): the widget asks nothing.
 */
export async function invitationNeeds(
  deps: Pick<CoreDeps, 'db'>,
  workspaceKey: string | undefined,
): Promise<InvitationNeeds> {
  const workspace = workspaceKey ? await findWorkspaceByKey(deps.db, workspaceKey) : undefined;
  if (!workspace) throw notFound('Workspace');
  const rules = await listInvitationRules(deps.db, workspace.id, { enabledOnly: true });
  const conditions = rules.flatMap((r) => {
    const parsed = RuleConditions.safeParse(r.conditions);
    return parsed.success ? [parsed.data] : [];
  });
  return {
    on: conditions.length > 0,
    at: [...new Set(conditions.map((c) => c.minSecondsOnPage))].sort((a, b) => a - b),
    events: sorted(conditions.flatMap((c) => c.events)),
    attrs: sorted(conditions.flatMap((c) => c.attributes.map((a) => a.key))),
    goals: conditions.length ? sorted(rules.map((r) => r.goal_event)) : [],
  };
}
