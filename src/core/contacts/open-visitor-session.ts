import { randomUUID } from 'node:crypto';
import type { CoreDeps } from '../deps.js';
import {
  findContactByExternalId,
  findContactByVisitorToken,
  insertContact,
  insertVisitorToken,
  moveConversations,
  updateContactProfile,
  type ContactRow,
} from '../../db/queries/contacts.js';
import { findWorkspaceByKey, type WorkspaceRow } from '../../db/queries/workspaces.js';
import { randomToken, sha256 } from '../auth/secrets.js';
import type { PageReport } from '../../shared/schemas/contact-activity.js';
import { AppError } from '../errors.js';
import { recordVisitorPage } from './record-page.js';
import { isVerifiedIdentity } from './verify-identity.js';

export interface VisitorIdentity {
  id: string;
  name?: string;
  email?: string;
  /** HMAC-SHA256 of `id` with the workspace's identity secret, made by the site's server. */
  hash?: string;
}

export interface VisitorSession {
  workspace: WorkspaceRow;
  contact: ContactRow;
  /** The token the widget keeps (localStorage) to come back as the same visitor. */
  visitorToken: string;
}

/**
 * The widget's handshake. A known token returns its visitor; an unknown or missing one makes a
 * new anonymous visitor. A signed identity switches to (or creates) the verified contact and
 * brings the anonymous visitor's conversations along; an unsigned one only names the current
 * anonymous visitor and can never reach anyone else's conversations. A reported `page` is
 * remembered as where the customer is now.
 */
export async function openVisitorSession(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  input: {
    workspaceKey: string;
    visitorToken?: string;
    identity?: VisitorIdentity;
    page?: PageReport;
  },
): Promise<VisitorSession> {
  const workspace = await findWorkspaceByKey(deps.db, input.workspaceKey);
  if (!workspace)
    throw new AppError('not_found', 'Unknown workspace key: check the data-workspace attribute.');
  return deps.db.transaction(async (db) => {
    const known = input.visitorToken
      ? await findContactByVisitorToken(db, workspace.id, sha256(input.visitorToken))
      : undefined;
    let contact = known ?? (await newContact(db, workspace.id, null));
    let token = known ? input.visitorToken! : await issueToken(db, contact);
    const identity = input.identity;
    if (identity && isVerifiedIdentity(workspace.identity_secret, identity.id, identity.hash)) {
      const verified =
        (await findContactByExternalId(db, workspace.id, identity.id)) ??
        (await newContact(db, workspace.id, identity.id));
      if (verified.id !== contact.id) {
        if (!contact.verified) await moveConversations(db, workspace.id, contact.id, verified.id);
        contact = verified;
        token = await issueToken(db, contact);
      }
    }
    if (
      identity &&
      (identity.name || identity.email) &&
      (!contact.verified || contact.external_id === identity.id)
    ) {
      await updateContactProfile(db, workspace.id, contact.id, {
        name: identity.name,
        email: identity.email,
      });
      contact = {
        ...contact,
        name: identity.name ?? contact.name,
        email: identity.email ?? contact.email,
      };
    }
    if (input.page) {
      const who = { workspaceId: workspace.id, contactId: contact.id };
      await recordVisitorPage({ db, now: deps.now }, who, input.page);
    }
    return { workspace, contact, visitorToken: token };
  });
}

function newContact(db: CoreDeps['db'], workspaceId: string, externalId: string | null) {
  return insertContact(db, {
    id: randomUUID(),
    workspace_id: workspaceId,
    external_id: externalId,
    name: null,
    email: null,
    verified: externalId !== null,
  });
}

async function issueToken(db: CoreDeps['db'], contact: ContactRow): Promise<string> {
  const token = `v_${randomToken(24)}`;
  await insertVisitorToken(db, {
    token_hash: sha256(token),
    workspace_id: contact.workspace_id,
    contact_id: contact.id,
  });
  return token;
}
