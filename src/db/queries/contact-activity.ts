import type { Db } from '../db.js';
import type { ConversationRow } from './conversations.js';

export interface ContactPageRow {
  current_url: string | null;
  current_title: string | null;
  last_seen_at: Date | null;
}

/** Remembers the page a customer is on now; false when the contact is not in this workspace. */
export async function recordContactPage(
  db: Db,
  workspaceId: string,
  contactId: string,
  page: { url: string; title: string | null; seenAt: Date },
): Promise<boolean> {
  const rows = await db.query(
    `update contacts set current_url = $3, current_title = $4, last_seen_at = $5
     where workspace_id = $1 and id = $2 returning id`,
    [workspaceId, contactId, page.url, page.title, page.seenAt],
  );
  return rows.length > 0;
}

export async function findContactPage(
  db: Db,
  workspaceId: string,
  contactId: string,
): Promise<ContactPageRow | undefined> {
  const [row] = await db.query<ContactPageRow>(
    `select current_url, current_title, last_seen_at from contacts
     where workspace_id = $1 and id = $2`,
    [workspaceId, contactId],
  );
  return row;
}

export interface ConversationPreviewRow extends ConversationRow {
  /** The subject, or else the start of the first message the customer could see. */
  preview: string | null;
}

/** A contact's conversations, most recently active first, each with a short preview. */
export async function listConversationPreviews(
  db: Db,
  workspaceId: string,
  contactId: string,
  limit: number,
): Promise<ConversationPreviewRow[]> {
  return db.query<ConversationPreviewRow>(
    `select c.*, coalesce(c.subject, (
       select left(m.body, 120) from messages m
       where m.workspace_id = c.workspace_id and m.conversation_id = c.id and not m.private
       order by m.seq limit 1)) as preview
     from conversations c
     where c.workspace_id = $1 and c.contact_id = $2
     order by c.updated_at desc limit $3`,
    [workspaceId, contactId, limit],
  );
}
