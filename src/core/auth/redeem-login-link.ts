import type { CoreDeps } from '../deps.js';
import { AppError } from '../errors.js';
import { consumeLoginLink } from '../../db/queries/sessions.js';
import { sha256 } from './secrets.js';
import { startSession, type NewSession } from './start-session.js';

/** Exchanges a single-use sign-in link for a session. A used or expired link is refused. */
export async function redeemLoginLink(deps: CoreDeps, token: string): Promise<NewSession> {
  const link = await consumeLoginLink(deps.db, sha256(token), deps.now());
  if (!link) {
    throw new AppError(
      'invalid_credentials',
      'This sign-in link has already been used or has expired. Ask an admin for a new one (parley user reset-password).',
    );
  }
  return startSession(deps, { workspaceId: link.workspace_id, userId: link.user_id });
}
