import type { CoreDeps } from '../deps.js';
import { deleteSession } from '../../db/queries/sessions.js';

export async function logOut(deps: Pick<CoreDeps, 'db'>, sessionTokenHash: string): Promise<void> {
  await deleteSession(deps.db, sessionTokenHash);
}
