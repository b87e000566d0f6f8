/**
 * The honest wait, kept simple enough to explain to a customer:
 *
 * - Every online agent can hold `capacity` conversations at once. Slots not in use are free.
 * - A conversation whose place in line is within the free slots is taken about now (1 minute).
 * - Otherwise it waits for slots to free up. Every slot frees once per observed handle time
 *   (the median minutes from taking to resolving over the workspace's recent conversations,
 *   `DEFAULT_HANDLE_MINUTES` until there are enough of them), so the line moves at
 *   `slots / handle` conversations a minute.
 * - With nobody online there is no estimate: the customer is told that, not a made-up number.
 */
export interface Staffing {
  agentsOnline: number;
  /** Open conversations the online agents hold now. */
  activeLoad: number;
  capacity: number;
  handleMinutes: number;
}

export const DEFAULT_CAPACITY = 3;
export const DEFAULT_HANDLE_MINUTES = 8;
const MIN_SAMPLES = 5;

export function estimateWaitMinutes(position: number, s: Staffing): number | null {
  if (s.agentsOnline <= 0) return null;
  const slots = s.agentsOnline * s.capacity;
  const free = Math.max(0, slots - s.activeLoad);
  if (position <= free) return 1;
  const ahead = position - free;
  return Math.max(1, Math.ceil((ahead / slots) * s.handleMinutes));
}

/** The median of recent handle times, or the default while there are too few to trust. */
export function observedHandleMinutes(samples: number[]): number {
  const usable = samples.filter((m) => Number.isFinite(m) && m > 0).sort((a, b) => a - b);
  if (usable.length < MIN_SAMPLES) return DEFAULT_HANDLE_MINUTES;
  const mid = Math.floor(usable.length / 2);
  const median = usable.length % 2 ? usable[mid]! : (usable[mid - 1]! + usable[mid]!) / 2;
  return Math.max(1, median);
}
