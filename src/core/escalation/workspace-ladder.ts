import { findLadder, saveLadder } from '../../db/queries/ladders.js';
import { DEFAULT_LADDER, Ladder } from '../../shared/schemas/ladder.js';
import type { CoreDeps } from '../deps.js';

/** The workspace's ladder, or the default when it never chose one. */
export async function workspaceLadder(
  deps: Pick<CoreDeps, 'db'>,
  workspaceId: string,
): Promise<Ladder> {
  const stored = Ladder.safeParse(await findLadder(deps.db, workspaceId));
  // A stored ladder that no longer parses (an older shape) falls back rather than breaking chat.
  return stored.success ? stored.data : DEFAULT_LADDER;
}

export async function setWorkspaceLadder(
  deps: Pick<CoreDeps, 'db'>,
  workspaceId: string,
  ladder: Ladder,
  by: string,
): Promise<Ladder> {
  await saveLadder(deps.db, workspaceId, ladder, by);
  return ladder;
}
