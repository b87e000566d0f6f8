import type { Role } from '../../../db/queries/users.js';
import { AppError } from '../../errors.js';

const READERS: readonly Role[] = ['owner', 'admin', 'agent'];

/**
 * Guard for reading the knowledge base in the console, drafts included. Champions are expert
 * customers, not staff: they read the public help center like everyone else.
 */
export function requireKbReader(role: Role): void {
  if (!READERS.includes(role)) {
    throw new AppError('forbidden', 'Only owners, admins and agents can open the article editor.');
  }
}
