import type { Db } from '../../db/db.js';
import { findLeadPerson, findPerson, type PersonRow } from '../../db/queries/feedback-people.js';

/**
 * The person who speaks for the workspace to this customer: whoever handled their conversation
 * or case if they are still on the team (champions excepted: recovering an unhappy customer is
 * the business's job), otherwise the workspace's owner or an admin. Always a named person.
 */
export async function namedPerson(
  db: Db,
  workspaceId: string,
  handlerId: string | null | undefined,
): Promise<PersonRow | undefined> {
  const handler = handlerId ? await findPerson(db, workspaceId, handlerId) : undefined;
  if (handler && handler.role !== 'champion') return handler;
  return findLeadPerson(db, workspaceId);
}
