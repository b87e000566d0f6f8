import type { Role } from '../../db/queries/users.js';
import { AppError } from '../errors.js';

/** Cases are the team's work: owners, admins and agents, not champions (expert customers). */
export function requireCaseRole(role: Role): void {
  if (role === 'champion') {
    throw new AppError('forbidden', 'Complaint cases are handled by the team; ask an agent.');
  }
}
