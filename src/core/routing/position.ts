import { agedRank, compareWaiting, effectiveRank, priorityAt } from './priority.js';
import type { RouterState } from './state.js';
import type { Millis, QueuePosition, WorkItem } from './types.js';

/**
 * An item's place among the waiting items of its team and channel, in serving order now
 * (effective priority, then arrival). Other skill classes of the team count too: the customer
 * shares the team's line even if not every agent can take every item. In each arrival-ordered
 * queue the items served first form a prefix, so each queue costs one binary search.
 */
export function positionOf(state: RouterState, itemId: string, now: Millis): QueuePosition | null {
  const entry = state.waiting.get(itemId);
  if (!entry) return null;
  const { item } = entry;
  const rank = effectiveRank(item, now, state.agingMs);
  let ahead = 0;
  let waiting = 0;
  for (const cls of state.byTeam.get(item.team)?.get(item.channel) ?? []) {
    waiting += cls.size;
    for (const queue of cls.queues) {
      ahead += queue.countPrefix(
        (x) => compareWaiting(x, item, now, state.agingMs, undefined, rank) < 0,
      );
    }
  }
  return { position: ahead + 1, waiting, effectivePriority: priorityAt(rank) };
}

/** How many items wait for a team, on one channel or all. */
export function waitingCount(state: RouterState, team: string, channel?: string): number {
  const channels = state.byTeam.get(team);
  if (!channels) return 0;
  let count = 0;
  for (const [ch, classes] of channels) {
    if (channel !== undefined && ch !== channel) continue;
    for (const cls of classes) count += cls.size;
  }
  return count;
}

/**
 * The whole line of a team and channel in serving order now, for announcing every waiting
 * customer's place at once (one sort instead of a position query per item).
 */
export function lineOf(state: RouterState, team: string, channel: string, now: Millis): string[] {
  const ranked: { item: WorkItem; rank: number }[] = [];
  for (const cls of state.byTeam.get(team)?.get(channel) ?? []) {
    for (const queue of cls.queues) {
      for (const item of queue)
        ranked.push({ item, rank: agedRank(queue.base, now - item.enqueuedAt, state.agingMs) });
    }
  }
  ranked.sort((a, b) => compareWaiting(a.item, b.item, now, state.agingMs, a.rank, b.rank));
  return ranked.map((r) => r.item.id);
}
