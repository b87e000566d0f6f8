import type { CoreDeps } from '../deps.js';
import { AppError } from '../errors.js';
import { findUserByEmail, listMembershipsOfUser, setPasswordHash } from '../../db/queries/users.js';
import { deleteSessionsOfUser } from '../../db/queries/sessions.js';
import { issueLoginLink } from '../auth/issue-login-link.js';

/**
 * Admin recovery: the old password stops working, every session ends, and the person gets a
 * one-time sign-in link to choose a new password.
 */
export async function resetPassword(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  input: { email: string },
): Promise<{ userId: string; workspaceId: string; loginToken: string }> {
  return deps.db.transaction(async (db) => {
    const user = await findUserByEmail(db, input.email);
    if (!user) throw new AppError('not_found', `No user with email ${input.email}.`);
    const [membership] = await listMembershipsOfUser(db, user.id);
    if (!membership) throw new AppError('not_found', `${input.email} belongs to no workspace.`);
    await setPasswordHash(db, user.id, null);
    await deleteSessionsOfUser(db, user.id);
    const link = await issueLoginLink(
      { db, now: deps.now },
      { workspaceId: membership.workspace_id, userId: user.id },
    );
    return { userId: user.id, workspaceId: membership.workspace_id, loginToken: link.token };
  });
}
