import type { CoreDeps } from '../deps.js';
import {
  findWorkspaceById,
  findWorkspaceByKey,
  type WorkspaceRow,
} from '../../db/queries/workspaces.js';
import { notFound } from '../errors.js';

/** A workspace by its id or its public key (what the CLI and the widget know it by). */
export async function findWorkspace(
  deps: Pick<CoreDeps, 'db'>,
  idOrKey: string,
): Promise<WorkspaceRow> {
  const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrKey);
  const workspace = isUuid
    ? await findWorkspaceById(deps.db, idOrKey)
    : await findWorkspaceByKey(deps.db, idOrKey);
  if (!workspace) throw notFound(`Workspace ${idOrKey}`);
  return workspace;
}
