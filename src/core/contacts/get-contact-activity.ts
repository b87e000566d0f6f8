import { findContactPage, listConversationPreviews } from '../../db/queries/contact-activity.js';
import type { ContactActivity } from '../../shared/schemas/contact-activity.js';
import type { CoreDeps } from '../deps.js';
import { notFound } from '../errors.js';

/** How many of a contact's conversations the console lists. */
export const PAST_CONVERSATIONS = 20;

/**
 * What an agent sees about a customer besides name and email: the page they are on (as last
 * reported by the widget) and their conversations, newest first. A contact of another workspace
 * is not found.
 */
export async function getContactActivity(
  deps: Pick<CoreDeps, 'db'>,
  workspaceId: string,
  contactId: string,
): Promise<ContactActivity> {
  const page = await findContactPage(deps.db, workspaceId, contactId);
  if (!page) throw notFound('Contact');
  const rows = await listConversationPreviews(deps.db, workspaceId, contactId, PAST_CONVERSATIONS);
  return {
    page:
      page.current_url && page.last_seen_at
        ? {
            url: page.current_url,
            title: page.current_title,
            seenAt: page.last_seen_at.toISOString(),
          }
        : null,
    conversations: rows.map((r) => ({
      id: r.id,
      status: r.status,
      topic: r.topic,
      preview: r.preview,
      createdAt: r.created_at.toISOString(),
      updatedAt: r.updated_at.toISOString(),
    })),
  };
}
