import type { Role } from '../../db/queries/users.js';
import { AppError } from '../errors.js';

/** Calls back are the team's work: owners, admins and agents, not champions (expert customers). */
export function requireCallbackRole(role: Role): void {
  if (role === 'champion') {
    throw new AppError('forbidden', 'Calls back are made by the team; ask an agent.');
  }
}
