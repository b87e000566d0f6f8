import { updateContactVip } from '../../db/queries/contact-vip.js';
import type { Role } from '../../db/queries/users.js';
import type { Contact } from '../../shared/schemas/api.js';
import { contactView } from '../conversations/browse.js';
import type { ConversationDeps } from '../conversations/realtime-deps.js';
import { AppError, notFound } from '../errors.js';
import { escalateVipConversations } from './vip.js';

/**
 * The business marks a contact VIP (or not), from the console or the REST API; customer-side
 * code has no way to. It counts only once the contact is verified; a verified VIP's open
 * conversations with the bot go to people at once when the ladder lets VIPs skip the bot.
 */
export async function setContactVip(
  deps: ConversationDeps,
  input: {
    workspaceId: string;
    contactId: string;
    vip: boolean;
    /** The member's role in the console; API tokens act for the whole workspace. */
    role?: Role;
  },
): Promise<Contact> {
  if (input.role === 'champion') {
    throw new AppError('forbidden', 'Only owners, admins and agents can mark a contact VIP.');
  }
  const row = await updateContactVip(deps.db, input.workspaceId, input.contactId, input.vip);
  if (!row) throw notFound('Contact');
  await escalateVipConversations(deps, row);
  return contactView(row);
}
