import type { CoreDeps } from '../deps.js';
import { AppError } from '../errors.js';
import { deleteSession, findSession } from '../../db/queries/sessions.js';
import { findMember, type MemberRow } from '../../db/queries/users.js';
import { sha256 } from './secrets.js';

/** The console's session cookie. */
export const SESSION_COOKIE = 'parley_session';

export interface Actor {
  workspaceId: string;
  member: MemberRow;
  csrfToken: string;
  sessionTokenHash: string;
}

/** The signed-in person behind a session cookie, or an error that says why not. */
export async function resolveSession(deps: CoreDeps, token: string | undefined): Promise<Actor> {
  if (!token) throw new AppError('unauthenticated', 'Sign in to continue.');
  const tokenHash = sha256(token);
  const session = await findSession(deps.db, tokenHash);
  if (!session) throw new AppError('unauthenticated', 'Sign in to continue.');
  if (session.expires_at <= deps.now()) {
    await deleteSession(deps.db, tokenHash);
    throw new AppError('session_expired', 'Your session has expired. Sign in again.');
  }
  const member = await findMember(deps.db, session.workspace_id, session.user_id);
  if (!member) throw new AppError('unauthenticated', 'Your access to this workspace was removed.');
  return {
    workspaceId: session.workspace_id,
    member,
    csrfToken: session.csrf_token,
    sessionTokenHash: tokenHash,
  };
}
