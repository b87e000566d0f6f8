import type { Db } from '../db.js';
import type { ContactRow } from './contacts.js';

/** Marks or unmarks a contact as VIP; undefined when the workspace has no such contact. */
export async function updateContactVip(
  db: Db,
  workspaceId: string,
  contactId: string,
  vip: boolean,
): Promise<ContactRow | undefined> {
  const [row] = await db.query<ContactRow>(
    'update contacts set vip = $3 where workspace_id = $1 and id = $2 returning *',
    [workspaceId, contactId, vip],
  );
  return row;
}

/** The contact's open conversations the bot is answering. */
export async function listOpenBotConversations(
  db: Db,
  workspaceId: string,
  contactId: string,
): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    `select id from conversations
      where workspace_id = $1 and contact_id = $2 and status = 'open' and owner = 'bot'`,
    [workspaceId, contactId],
  );
  return rows.map((r) => r.id);
}
