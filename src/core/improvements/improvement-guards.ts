import type { Db } from '../../db/db.js';
import { findTopic } from '../../db/queries/topics.js';
import { findMember } from '../../db/queries/users.js';
import { AppError } from '../errors.js';

/** An owner must be a member of the workspace (not a champion: this is the business's work). */
export async function checkOwner(db: Db, workspaceId: string, ownerId: string | null | undefined) {
  if (!ownerId) return;
  const member = await findMember(db, workspaceId, ownerId);
  if (!member || member.role === 'champion') {
    throw new AppError(
      'invalid_input',
      'Choose an owner from the team (an owner, admin or agent of this workspace).',
    );
  }
}

export async function checkTopic(db: Db, workspaceId: string, topicId: string | null | undefined) {
  if (!topicId) return;
  if (!(await findTopic(db, workspaceId, topicId))) {
    throw new AppError('invalid_input', 'That topic does not exist here any more; choose another.');
  }
}
