import { randomUUID } from 'node:crypto';
import type { CoreDeps } from '../deps.js';
import { insertWorkspace, type WorkspaceRow } from '../../db/queries/workspaces.js';
import { randomToken } from '../auth/secrets.js';

/** Creates a tenant with a fresh public widget key and identity-signing secret. */
export async function createWorkspace(
  deps: Pick<CoreDeps, 'db'>,
  input: { name: string; isDemo?: boolean },
): Promise<WorkspaceRow> {
  return insertWorkspace(deps.db, {
    id: randomUUID(),
    name: input.name.trim(),
    public_key: `pk_${randomToken(12)}`,
    identity_secret: randomToken(32),
    is_demo: input.isDemo ?? false,
  });
}
