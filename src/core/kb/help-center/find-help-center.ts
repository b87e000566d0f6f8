import { findWorkspaceByKey } from '../../../db/queries/workspaces.js';
import type { CoreDeps } from '../../deps.js';
import { notFound } from '../../errors.js';

/** The public face of a workspace: what its help center may show and link to. */
export interface HelpCenter {
  workspaceId: string;
  name: string;
  /** The widget's public key, which is also the help center's address. */
  publicKey: string;
}

// Public keys are short URL-safe tokens; anything else is not looked up at all.
const PUBLIC_KEY = /^[A-Za-z0-9_-]{3,100}$/;

/**
 * The help center at `/help/:key`. Only the public key finds it (never the workspace's id), and
 * an unknown key is simply not found.
 */
export async function findHelpCenter(
  deps: Pick<CoreDeps, 'db'>,
  publicKey: string,
): Promise<HelpCenter> {
  const workspace = PUBLIC_KEY.test(publicKey)
    ? await findWorkspaceByKey(deps.db, publicKey)
    : undefined;
  if (!workspace) throw notFound('Help center');
  return { workspaceId: workspace.id, name: workspace.name, publicKey: workspace.public_key };
}
