import type { CoreDeps } from '../deps.js';
import { AppError } from '../errors.js';
import {
  clearFailedLogins,
  findUserByEmail,
  listMembershipsOfUser,
  recordFailedLogin,
} from '../../db/queries/users.js';
import { dummyPasswordHash, verifyPassword } from './secrets.js';
import { startSession, type NewSession } from './start-session.js';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

const invalid = () =>
  new AppError(
    'invalid_credentials',
    'That email and password do not match. Check both and try again.',
  );

function lockedError(until: Date, now: Date) {
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  const minutes = Math.ceil(seconds / 60);
  return new AppError(
    'locked',
    `Too many failed sign-in attempts. This account is locked for ${minutes} more minute${minutes === 1 ? '' : 's'}; try again later or ask an admin to reset your password.`,
    { retryAfterSeconds: seconds },
  );
}

/**
 * Email + password sign-in. Five wrong passwords lock the account for 15 minutes; a locked
 * account stays locked even for the right password until the time is up.
 */
export async function logIn(
  deps: CoreDeps,
  input: { email: string; password: string; workspaceId?: string },
): Promise<NewSession> {
  const now = deps.now();
  const user = await findUserByEmail(deps.db, input.email);
  if (!user?.password_hash) {
    await verifyPassword(input.password, await dummyPasswordHash());
    throw invalid();
  }
  if (user.locked_until && user.locked_until > now) throw lockedError(user.locked_until, now);
  if (!(await verifyPassword(input.password, user.password_hash))) {
    const after = await recordFailedLogin(
      deps.db,
      user.id,
      MAX_FAILED_LOGINS,
      new Date(now.getTime() + LOCKOUT_MS),
    );
    if (after.locked_until && after.locked_until > now) throw lockedError(after.locked_until, now);
    throw invalid();
  }
  if (user.failed_logins > 0 || user.locked_until) await clearFailedLogins(deps.db, user.id);
  const memberships = await listMembershipsOfUser(deps.db, user.id);
  const membership = input.workspaceId
    ? memberships.find((m) => m.workspace_id === input.workspaceId)
    : memberships[0];
  if (!membership) throw new AppError('forbidden', 'This account has no access to that workspace.');
  return startSession(deps, { workspaceId: membership.workspace_id, userId: user.id });
}
