import type { Logger } from 'pino';
import type { ConversationDeps } from '../conversations/realtime-deps.js';
import { createPeriodicJob } from '../periodic-job.js';
import { sweepOverdue, type LadderMove } from './sweep-overdue.js';

export interface LadderClockOptions {
  log: Logger;
  /** How often to look for conversations whose rung's budget ran out (default 20 s). */
  everyMs?: number;
  /** A conversation this node moved up (each move is reported by exactly one node). */
  onMove?: (move: LadderMove) => void;
}

/**
 * Enforces the ladder's time budgets in the background: every `everyMs` one sweep over all
 * workspaces moves the overdue conversations up. Sweeps never overlap on a node; several nodes
 * may sweep at once (see sweepOverdue). Budgets are minutes, so a sweep every 20 s is on time
 * to well within a minute.
 */
export function createLadderClock(deps: ConversationDeps, options: LadderClockOptions) {
  const warn = (err: unknown, conversationId: string) =>
    options.log.warn({ err, conversationId }, 'the ladder clock could not move a conversation');
  // Resolves to the moves this node made.
  const sweep = async () => {
    const moves = await sweepOverdue(deps, warn);
    for (const move of moves) options.onMove?.(move);
    return moves;
  };
  return createPeriodicJob(sweep, {
    everyMs: options.everyMs ?? 20_000,
    onError: (err) => options.log.error({ err }, 'ladder sweep failed'),
  });
}

export type LadderClock = ReturnType<typeof createLadderClock>;
