import type { CoreDeps } from '../deps.js';
import { insertSession } from '../../db/queries/sessions.js';
import { randomToken, sha256 } from './secrets.js';

export interface NewSession {
  /** Goes in the httpOnly cookie; never stored in clear. */
  token: string;
  /** Echoed by the console in the X-CSRF-Token header on every write. */
  csrfToken: string;
  expiresAt: Date;
  workspaceId: string;
  userId: string;
}

export async function startSession(
  deps: CoreDeps,
  input: { workspaceId: string; userId: string },
): Promise<NewSession> {
  const token = randomToken();
  const csrfToken = randomToken();
  const expiresAt = new Date(deps.now().getTime() + deps.sessionTtlMs);
  await insertSession(deps.db, {
    token_hash: sha256(token),
    workspace_id: input.workspaceId,
    user_id: input.userId,
    csrf_token: csrfToken,
    expires_at: expiresAt,
  });
  return { token, csrfToken, expiresAt, ...input };
}
