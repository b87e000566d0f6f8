import { PRIORITIES, type Millis, type Priority, type WorkItem } from './types.js';

const TOP = PRIORITIES.length - 1;
const RANK: Record<Priority, number> = { low: 0, normal: 1, high: 2, urgent: 3 };

/** The rank of a base priority: low 0 … urgent 3. */
export const rankOf = (p: Priority): number => RANK[p];

/** The priority a rank names. */
export const priorityAt = (rank: number): Priority => PRIORITIES[rank]!;

/**
 * The rank after aging: one level per `agingMs` waited, capped at urgent. Aging never falls as
 * time passes, so within items of one base priority the oldest always ranks highest — which
 * is what lets the router compare only the head of each group.
 */
export function effectiveRank(item: WorkItem, now: Millis, agingMs: number): number {
  return agedRank(RANK[item.priority], now - item.enqueuedAt, agingMs);
}

/** The same from a base rank and the time waited (the drain knows the rank from the lane). */
export function agedRank(base: number, waited: number, agingMs: number): number {
  if (!(agingMs > 0) || !Number.isFinite(agingMs) || waited < agingMs) return base;
  return Math.min(TOP, base + Math.floor(waited / agingMs));
}

/** Line order: earlier enqueue first, then id, so equal times still order the same everywhere. */
export function compareArrival(a: WorkItem, b: WorkItem): number {
  if (a.enqueuedAt !== b.enqueuedAt) return a.enqueuedAt - b.enqueuedAt;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Serving order among waiting items: higher effective priority first, then FIFO. Negative when
 * `a` is served before `b`. Ranks can be passed in when the caller has them already.
 */
export function compareWaiting(
  a: WorkItem,
  b: WorkItem,
  now: Millis,
  agingMs: number,
  rankA = effectiveRank(a, now, agingMs),
  rankB = effectiveRank(b, now, agingMs),
): number {
  if (rankA !== rankB) return rankB - rankA;
  return compareArrival(a, b);
}
