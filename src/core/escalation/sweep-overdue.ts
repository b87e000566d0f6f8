import { listOverdue } from '../../db/queries/ladder-clock.js';
import { DEFAULT_LADDER, type Ladder, type RungKind } from '../../shared/schemas/ladder.js';
import { changeOwner } from '../conversations/change-owner.js';
import type { PeopleRung } from '../conversations/owner.js';
import type { ConversationDeps } from '../conversations/realtime-deps.js';
import { nextRung, staffedRungs } from './ladder.js';
import { tellCustomer } from './tell-customer.js';
import { workspaceLadder } from './workspace-ladder.js';

/** A conversation the clock moved up: to the team queue, or to its supervisor. */
export interface LadderMove {
  workspaceId: string;
  conversationId: string;
  from: RungKind;
  to: PeopleRung;
}

/** What the customer reads when the clock moves them, by the rung they reach. */
export const OVERDUE_NOTES: Record<PeopleRung, string> = {
  community:
    'This is taking longer than it should, so your question now goes to our community as well.',
  champion: 'This is taking longer than it should, so one of our expert customers will take it.',
  queue:
    'This is taking longer than it should, so a person from the team takes it from here. ' +
    'You will see your place in line.',
  supervisor:
    'Sorry for the wait. A supervisor has been alerted and will make sure someone answers you ' +
    'soon. You keep your place in line.',
};

const SWEEP_LIMIT = 200;

/**
 * One pass of the ladder clock: every open conversation whose rung's time budget has run out
 * moves up its workspace's ladder on `budget_exceeded` (bot -> the team queue, queue -> the
 * supervisor), and its customer is told what happens next. Safe with several nodes sweeping
 * one database: each move is applied under the conversation's row lock only while it still
 * waits on the rung the sweep saw, so a move another node made first changes nothing.
 */
export async function sweepOverdue(
  deps: ConversationDeps,
  /** One conversation failed to move; the sweep goes on with the others. */
  onError: (error: unknown, conversationId: string) => void = () => {},
): Promise<LadderMove[]> {
  const available = staffedRungs(true);
  const rows = await listOverdue(deps.db, {
    now: deps.now(),
    defaultLadder: DEFAULT_LADDER,
    available: Object.entries(available)
      .filter(([kind, yes]) => yes && kind !== 'bot')
      .map(([kind]) => kind),
    limit: SWEEP_LIMIT,
  });
  const ladders = new Map<string, Promise<Ladder>>();
  const moves: LadderMove[] = [];
  for (const row of rows) {
    if (!ladders.has(row.workspace_id))
      ladders.set(row.workspace_id, workspaceLadder(deps, row.workspace_id));
    const ladder = await ladders.get(row.workspace_id)!;
    // The stored ladder decides; the query only narrowed the candidates.
    const to = nextRung(ladder, row.rung, 'budget_exceeded', available);
    if (!to || to === 'bot') continue;
    const move = { workspaceId: row.workspace_id, conversationId: row.id, from: row.rung, to };
    try {
      if (await climb(deps, move, row.rung_since)) moves.push(move);
    } catch (error) {
      onError(error, row.id);
    }
  }
  return moves;
}

async function climb(deps: ConversationDeps, move: LadderMove, since: Date): Promise<boolean> {
  const where = { workspaceId: move.workspaceId, conversationId: move.conversationId };
  const { changed } = await changeOwner(deps, {
    ...where,
    change: { type: 'overdue', from: move.from, since, to: move.to },
    actorId: null,
  });
  if (changed) await tellCustomer(deps, where, { key: move.to, body: OVERDUE_NOTES[move.to] });
  return changed;
}
