import type { ContactRow } from '../../db/queries/contacts.js';
import { listOpenBotConversations } from '../../db/queries/contact-vip.js';
import { handOverVip } from '../assistant/hand-over.js';
import type { ConversationDeps } from '../conversations/realtime-deps.js';

/**
 * A VIP counts only when the business marked the contact VIP and the contact is verified (the
 * site signed their identity): an anonymous visitor cannot claim to be someone important.
 */
export const countsAsVip = (contact: Pick<ContactRow, 'vip' | 'verified'>): boolean =>
  contact.vip && contact.verified;

/**
 * A contact just became a verified VIP (signed in on the site, or marked by the business): the
 * conversations the bot holds for them go to people now, when their ladder lets VIPs skip the
 * bot. Returns how many moved.
 */
export async function escalateVipConversations(
  deps: ConversationDeps,
  contact: Pick<ContactRow, 'workspace_id' | 'id' | 'vip' | 'verified'>,
): Promise<number> {
  if (!countsAsVip(contact)) return 0;
  let moved = 0;
  for (const conversationId of await listOpenBotConversations(
    deps.db,
    contact.workspace_id,
    contact.id,
  )) {
    if (await handOverVip(deps, { workspaceId: contact.workspace_id, conversationId })) moved++;
  }
  return moved;
}
