import type { Role } from '../../db/queries/users.js';
import { AppError } from '../errors.js';

const ADMINS: readonly Role[] = ['owner', 'admin'];

/** Guard for settings that only owners and admins may change. */
export function requireAdmin(role: Role): void {
  if (!ADMINS.includes(role)) {
    throw new AppError('forbidden', 'Only an owner or admin of this workspace can do that.');
  }
}
