import type { CoreDeps } from '../deps.js';
import { AppError } from '../errors.js';
import { findUserById, setPasswordHash } from '../../db/queries/users.js';
import { hashPassword, verifyPassword } from './secrets.js';

export const MIN_PASSWORD_LENGTH = 10;

/**
 * Sets a person's password. Someone who already has one must give it; someone who signed in
 * with a one-time link (no password yet) sets their first.
 */
export async function setPassword(
  deps: Pick<CoreDeps, 'db'>,
  input: { userId: string; newPassword: string; currentPassword?: string },
): Promise<void> {
  if (input.newPassword.length < MIN_PASSWORD_LENGTH) {
    throw new AppError(
      'invalid_input',
      `A password needs at least ${MIN_PASSWORD_LENGTH} characters.`,
      {
        issues: [{ path: 'newPassword', message: `at least ${MIN_PASSWORD_LENGTH} characters` }],
      },
    );
  }
  const user = await findUserById(deps.db, input.userId);
  if (!user) throw new AppError('not_found', 'User not found.');
  if (user.password_hash) {
    const ok = input.currentPassword
      ? await verifyPassword(input.currentPassword, user.password_hash)
      : false;
    if (!ok) throw new AppError('invalid_credentials', 'Your current password is not correct.');
  }
  await setPasswordHash(deps.db, user.id, await hashPassword(input.newPassword));
}
