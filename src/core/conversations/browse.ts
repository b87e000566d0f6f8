import { findContact, listContacts } from '../../db/queries/contacts.js';
import { findConversation, listConversations } from '../../db/queries/conversations.js';
import type { Contact, Conversation } from '../../shared/schemas/api.js';
import type { ContactRow } from '../../db/queries/contacts.js';
import type { ConversationRow } from '../../db/queries/conversations.js';
import type { CoreDeps } from '../deps.js';
import { notFound } from '../errors.js';

/** Read-side use cases for staff and integrations: always within one workspace. */

export const conversationView = (r: ConversationRow): Conversation => ({
  id: r.id,
  contactId: r.contact_id,
  assigneeId: r.assignee_id,
  status: r.status,
  topic: r.topic,
  subject: r.subject,
  owner: r.owner,
  rung: r.rung,
  rungSince: r.rung_since.toISOString(),
  teamId: r.team_id,
  channel: r.channel,
  priority: r.priority,
  lastSeq: r.last_seq,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});

export const contactView = (r: ContactRow): Contact => ({
  id: r.id,
  externalId: r.external_id,
  name: r.name,
  email: r.email,
  verified: r.verified,
  vip: r.vip,
  createdAt: r.created_at.toISOString(),
});

export async function browseConversations(
  deps: Pick<CoreDeps, 'db'>,
  q: { workspaceId: string; status?: 'open' | 'resolved'; limit: number; before?: string },
): Promise<Conversation[]> {
  const rows = await listConversations(deps.db, {
    ...q,
    before: q.before ? new Date(q.before) : undefined,
  });
  return rows.map(conversationView);
}

export async function getConversation(deps: Pick<CoreDeps, 'db'>, workspaceId: string, id: string) {
  const row = await findConversation(deps.db, workspaceId, id);
  if (!row) throw notFound('Conversation');
  return conversationView(row);
}

export async function browseContacts(
  deps: Pick<CoreDeps, 'db'>,
  q: { workspaceId: string; limit: number; before?: string },
): Promise<Contact[]> {
  const rows = await listContacts(deps.db, {
    ...q,
    before: q.before ? new Date(q.before) : undefined,
  });
  return rows.map(contactView);
}

export async function getContact(deps: Pick<CoreDeps, 'db'>, workspaceId: string, id: string) {
  const row = await findContact(deps.db, workspaceId, id);
  if (!row) throw notFound('Contact');
  return contactView(row);
}
