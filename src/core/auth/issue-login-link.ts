import type { CoreDeps } from '../deps.js';
import { insertLoginLink } from '../../db/queries/sessions.js';
import { randomToken, sha256 } from './secrets.js';

const LINK_TTL_MS = 24 * 60 * 60 * 1000;

/** A single-use sign-in token valid for 24 hours; only its hash is stored. */
export async function issueLoginLink(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  input: { workspaceId: string; userId: string },
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomToken();
  const expiresAt = new Date(deps.now().getTime() + LINK_TTL_MS);
  await insertLoginLink(deps.db, {
    token_hash: sha256(token),
    workspace_id: input.workspaceId,
    user_id: input.userId,
    expires_at: expiresAt,
  });
  return { token, expiresAt };
}
