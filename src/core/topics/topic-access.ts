import type { Role } from '../../db/queries/users.js';
import { AppError } from '../errors.js';

/**
 * What customers write is read by the team (owners, admins, agents); champions are expert
 * customers themselves, so they do not read other customers' feedback.
 */
export function requireTeamReader(role: Role): void {
  if (role === 'champion') {
    throw new AppError(
      'forbidden',
      'Customer feedback is read by the team; ask an agent or admin.',
    );
  }
}
