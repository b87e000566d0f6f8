import { findComplaintPolicy, saveComplaintPolicy } from '../../db/queries/complaint-policies.js';
import { findMember } from '../../db/queries/users.js';
import { ComplaintPolicy } from '../../shared/schemas/cases.js';
import type { CoreDeps } from '../deps.js';
import { AppError } from '../errors.js';

export const DEFAULT_COMPLAINT_POLICY: ComplaintPolicy = ComplaintPolicy.parse({});

/** The workspace's complaint policy, or the default when it never chose one. */
export async function complaintPolicy(
  deps: Pick<CoreDeps, 'db'>,
  workspaceId: string,
): Promise<ComplaintPolicy> {
  const stored = ComplaintPolicy.safeParse(await findComplaintPolicy(deps.db, workspaceId));
  // A stored policy that no longer parses (an older shape) falls back rather than refusing complaints.
  return stored.success ? stored.data : DEFAULT_COMPLAINT_POLICY;
}

/** Saves the policy; every person it names must be a member of this workspace. */
export async function setComplaintPolicy(
  deps: Pick<CoreDeps, 'db'>,
  workspaceId: string,
  policy: ComplaintPolicy,
  by: string,
): Promise<ComplaintPolicy> {
  const people = [policy.ownerId, ...policy.categories.map((c) => c.ownerId)];
  for (const id of new Set(people)) {
    if (!id) continue;
    const member = await findMember(deps.db, workspaceId, id);
    if (!member || member.role === 'champion') {
      throw new AppError(
        'invalid_input',
        'A case owner must be an owner, admin or agent of this workspace; pick someone from the team list.',
      );
    }
  }
  await saveComplaintPolicy(deps.db, workspaceId, policy, by);
  return policy;
}
