import { resolveApiToken } from '../tokens/api-tokens.js';
import type { CoreDeps } from '../deps.js';
import { AppError, notFound } from '../errors.js';
import { findWorkspace } from '../workspaces/find-workspace.js';

/**
 * The workspace whose published articles a caller may read: an API token's, or the workspace
 * named by its public widget key (published articles are public, like the help center). With
 * both, they must name the same workspace.
 */
export async function resolveKbReader(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  input: { token?: string | undefined; workspaceKey?: string | undefined },
): Promise<{ workspaceId: string }> {
  if (input.token) {
    const record = await resolveApiToken(deps, input.token);
    if (input.workspaceKey) {
      const named = await findWorkspace(deps, input.workspaceKey).catch(() => undefined);
      if (named?.id !== record.workspace_id) throw notFound(`Workspace ${input.workspaceKey}`);
    }
    return { workspaceId: record.workspace_id };
  }
  if (!input.workspaceKey) {
    throw new AppError(
      'unauthenticated',
      'Send the widget\'s workspace key as "workspace", or an API token: Authorization: Bearer parley_…',
    );
  }
  return { workspaceId: (await findWorkspace(deps, input.workspaceKey)).id };
}
