import type { CoreDeps } from '../deps.js';
import { listWorkspaces, type WorkspaceRow } from '../../db/queries/workspaces.js';

/** The demo workspace (the one the storefront at `/` shows the widget for), if there is one. */
export async function findDemoWorkspace(
  deps: Pick<CoreDeps, 'db'>,
): Promise<WorkspaceRow | undefined> {
  return (await listWorkspaces(deps.db)).find((w) => w.is_demo);
}
