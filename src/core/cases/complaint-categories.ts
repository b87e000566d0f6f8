import { findWorkspaceByKey } from '../../db/queries/workspaces.js';
import type { CoreDeps } from '../deps.js';
import { notFound } from '../errors.js';
import { complaintPolicy } from './complaint-policy.js';

/** The categories the widget's complaint form offers, for a workspace's public key. */
export async function complaintCategories(
  deps: Pick<CoreDeps, 'db'>,
  workspaceKey: string | undefined,
): Promise<{ categories: { key: string; label: string }[] }> {
  const workspace = workspaceKey ? await findWorkspaceByKey(deps.db, workspaceKey) : undefined;
  if (!workspace) throw notFound('Workspace');
  const policy = await complaintPolicy(deps, workspace.id);
  return { categories: policy.categories.map(({ key, label }) => ({ key, label })) };
}
