import type { Db } from '../../db/db.js';
import { recordContactPage } from '../../db/queries/contact-activity.js';
import type { PageReport } from '../../shared/schemas/contact-activity.js';
import { notFound } from '../errors.js';

/**
 * Remembers the page a customer is on now, as their widget reported it, and that they were seen
 * at `now`. Takes a plain `db`, so a use case can call it inside its own transaction.
 */
export async function recordVisitorPage(
  deps: { db: Db; now: () => Date },
  who: { workspaceId: string; contactId: string },
  page: PageReport,
): Promise<void> {
  const stored = await recordContactPage(deps.db, who.workspaceId, who.contactId, {
    url: page.url,
    title: page.title || null,
    seenAt: deps.now(),
  });
  if (!stored) throw notFound('Contact');
}
