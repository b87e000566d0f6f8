import { randomUUID } from 'node:crypto';
import type { CoreDeps } from '../deps.js';
import {
  findApiToken,
  insertApiToken,
  listApiTokens,
  revokeApiToken,
  useApiToken,
  type ApiTokenRow,
} from '../../db/queries/api-tokens.js';
import { AppError, notFound } from '../errors.js';
import { randomToken, sha256 } from '../auth/secrets.js';

const TOKEN_PREFIX = 'parley_';

/** Creates a REST API token. The clear token is returned once and never stored. */
export async function createApiToken(
  deps: Pick<CoreDeps, 'db'>,
  input: { workspaceId: string; name: string; createdBy: string | null },
): Promise<{ token: string; record: ApiTokenRow }> {
  const token = `${TOKEN_PREFIX}${randomToken(32)}`;
  const record = await insertApiToken(deps.db, {
    id: randomUUID(),
    workspace_id: input.workspaceId,
    name: input.name.trim(),
    token_hash: sha256(token),
    prefix: token.slice(0, TOKEN_PREFIX.length + 6),
    created_by: input.createdBy,
  });
  return { token, record };
}

export async function listWorkspaceApiTokens(
  deps: Pick<CoreDeps, 'db'>,
  workspaceId: string,
): Promise<ApiTokenRow[]> {
  return listApiTokens(deps.db, workspaceId);
}

export async function getWorkspaceApiToken(
  deps: Pick<CoreDeps, 'db'>,
  workspaceId: string,
  id: string,
): Promise<ApiTokenRow> {
  const record = await findApiToken(deps.db, workspaceId, id);
  if (!record) throw notFound('API token');
  return record;
}

export async function revokeWorkspaceApiToken(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  workspaceId: string,
  id: string,
): Promise<ApiTokenRow> {
  const record = await revokeApiToken(deps.db, workspaceId, id, deps.now());
  if (!record) throw notFound('API token');
  return record;
}

/** The workspace a bearer token acts for; revoked and unknown tokens are refused alike. */
export async function resolveApiToken(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  token: string | undefined,
): Promise<ApiTokenRow> {
  if (!token?.startsWith(TOKEN_PREFIX)) {
    throw new AppError('unauthenticated', 'Send an API token: Authorization: Bearer parley_…');
  }
  const record = await useApiToken(deps.db, sha256(token), deps.now());
  if (!record)
    throw new AppError('unauthenticated', 'This API token is unknown or has been revoked.');
  return record;
}
