import { findContactByVisitorToken } from '../../db/queries/contacts.js';
import { findWorkspaceByKey } from '../../db/queries/workspaces.js';
import { sha256 } from '../auth/secrets.js';
import type { Participant } from '../conversations/realtime-deps.js';
import type { CoreDeps } from '../deps.js';
import { AppError } from '../errors.js';

/** The customer behind a widget's workspace key and visitor token. */
export async function resolveVisitor(
  deps: Pick<CoreDeps, 'db'>,
  workspaceKey: string | undefined,
  visitorToken: string | undefined,
): Promise<Participant & { kind: 'contact' }> {
  const workspace = workspaceKey ? await findWorkspaceByKey(deps.db, workspaceKey) : undefined;
  const contact =
    workspace && visitorToken
      ? await findContactByVisitorToken(deps.db, workspace.id, sha256(visitorToken))
      : undefined;
  if (!workspace || !contact) {
    throw new AppError('unauthenticated', 'Unknown visitor: open a widget session first.');
  }
  return { kind: 'contact', workspaceId: workspace.id, contactId: contact.id };
}
