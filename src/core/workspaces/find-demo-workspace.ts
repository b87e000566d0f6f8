import type { CoreDeps } from '../deps.js';
import { findDemoWorkspaceRow, type WorkspaceRow } from '../../db/queries/workspaces.js';

/** The demo workspace (the one the storefront at `/` shows the widget for), if there is one. */
export function findDemoWorkspace(deps: Pick<CoreDeps, 'db'>): Promise<WorkspaceRow | undefined> {
  return findDemoWorkspaceRow(deps.db);
}
