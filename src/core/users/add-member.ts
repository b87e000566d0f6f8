import { randomUUID } from 'node:crypto';
import type { CoreDeps } from '../deps.js';
import {
  findUserByEmail,
  insertMembership,
  insertUser,
  type Role,
} from '../../db/queries/users.js';
import { hashPassword } from '../auth/secrets.js';
import { issueLoginLink } from '../auth/issue-login-link.js';
import { MIN_PASSWORD_LENGTH } from '../auth/set-password.js';
import { AppError } from '../errors.js';

export interface AddedMember {
  userId: string;
  email: string;
  role: Role;
  /** Present when no password was given: a single-use sign-in token for the person. */
  loginToken?: string;
}

/**
 * Adds a person to a workspace with a role, creating their account if the email is new.
 * Without a password they get a one-time sign-in link and choose a password on first visit.
 */
export async function addMember(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  input: { workspaceId: string; email: string; name: string; role: Role; password?: string },
): Promise<AddedMember> {
  if (input.password !== undefined && input.password.length < MIN_PASSWORD_LENGTH) {
    throw new AppError(
      'invalid_input',
      `A password needs at least ${MIN_PASSWORD_LENGTH} characters.`,
    );
  }
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  return deps.db.transaction(async (db) => {
    const existing = await findUserByEmail(db, input.email);
    const user =
      existing ??
      (await insertUser(db, {
        id: randomUUID(),
        email: input.email.trim(),
        name: input.name.trim(),
        password_hash: passwordHash,
      }));
    await insertMembership(db, {
      workspace_id: input.workspaceId,
      user_id: user.id,
      role: input.role,
    });
    const needsLink = !user.password_hash;
    const link = needsLink
      ? await issueLoginLink(
          { db, now: deps.now },
          { workspaceId: input.workspaceId, userId: user.id },
        )
      : undefined;
    return {
      userId: user.id,
      email: user.email,
      role: input.role,
      ...(link ? { loginToken: link.token } : {}),
    };
  });
}
