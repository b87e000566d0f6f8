/**
 * The honest wait, kept simple enough to explain to a customer. docs/queue-eta.md has the
 * measurements behind each choice.
 *
 * - Every online agent can hold `capacity` conversations at once. Slots not in use are free;
 *   a customer whose place in line is within the free slots is taken about now (1 minute).
 * - Beyond them, the line moves one place each time a chat ends. With every slot busy, chats end
 *   at about `slots / handle` a minute, `handle` being the average of recent handle times
 *   (`observedHandleMinutes`). So a customer who needs `n` chats to end first will likely wait
 *   `n × handle / slots` minutes.
 * - Chats end at random moments, so the time for `n` of them to end spreads by about `√n`
 *   places either way. The promise counts `n + √n` places, rounded up: in simulated traffic it
 *   is kept about four times in five, where the likely wait alone is late half the time — and a
 *   customer minds a late promise far more than an early one.
 * - With nobody online there is no estimate: the customer is told that, not a made-up number.
 */
export interface Staffing {
  agentsOnline: number;
  /** Open conversations the online agents hold now. */
  activeLoad: number;
  capacity: number;
  /** All conversations the online agents can hold at once, when known per agent. */
  slots?: number;
  /** Average minutes from taking to resolving (`observedHandleMinutes`). */
  handleMinutes: number;
}

export interface WaitEstimate {
  /** Minutes the wait most likely takes, rounded. */
  likely: number;
  /** Minutes the customer is promised: the likely wait plus a margin for chance, rounded up. */
  promise: number;
}

export const DEFAULT_CAPACITY = 3;
export const DEFAULT_HANDLE_MINUTES = 8;
const MIN_SAMPLES = 5;
/** A handle time counts as at most this many medians (see observedHandleMinutes). */
const OUTLIER_MEDIANS = 4;

/** The likely wait and the promise for a place in line (1 is next); null with nobody online. */
export function estimateWait(position: number, s: Staffing): WaitEstimate | null {
  if (s.agentsOnline <= 0) return null;
  const slots = s.slots ?? s.agentsOnline * s.capacity;
  if (slots <= 0) return null;
  const free = Math.max(0, slots - s.activeLoad);
  if (position <= free) return { likely: 1, promise: 1 };
  const chatsToEnd = position - free;
  const minutesPerPlace = s.handleMinutes / slots;
  return {
    likely: Math.max(1, Math.round(chatsToEnd * minutesPerPlace)),
    promise: Math.max(1, Math.ceil((chatsToEnd + Math.sqrt(chatsToEnd)) * minutesPerPlace)),
  };
}

/** The minutes a customer at this place in line is promised; null with nobody online. */
export function estimateWaitMinutes(position: number, s: Staffing): number | null {
  return estimateWait(position, s)?.promise ?? null;
}

/**
 * The average of recent handle times, or the default while there are too few to trust.
 *
 * The average, not the median: the line moves as fast as slots free up, and a slot held by a
 * long chat frees late, so the long tail slows the line by its full weight. The median (about
 * three quarters of the average for chat handle times) ran short: 53–68% of simulated waits
 * outlasted it, against about half with the average. Each time counts as at most four medians,
 * so a conversation left open over lunch does not lengthen every estimate for the next fifty.
 */
export function observedHandleMinutes(samples: number[]): number {
  const usable = samples.filter((m) => Number.isFinite(m) && m > 0).sort((a, b) => a - b);
  if (usable.length < MIN_SAMPLES) return DEFAULT_HANDLE_MINUTES;
  const mid = Math.floor(usable.length / 2);
  const median = usable.length % 2 ? usable[mid]! : (usable[mid - 1]! + usable[mid]!) / 2;
  const cap = OUTLIER_MEDIANS * median;
  const total = usable.reduce((sum, m) => sum + Math.min(m, cap), 0);
  return Math.max(1, total / usable.length);
}
