import type { SlotView } from '../../shared/schemas/callbacks.js';
import { DAY_MS, MINUTE_MS } from '../routing/zoned-time.js';
import { onShift, openTeams, type Caller, type Schedules } from './callers.js';

export interface SlotInputs {
  now: Date;
  slotMinutes: number;
  daysAhead: number;
  callers: Caller[];
  schedules: Schedules;
  /** Places already booked, by slot start (epoch ms). */
  booked: Map<number, number>;
}

/**
 * Slot starts from the next boundary after `now` to `daysAhead` days on. Slots are aligned to
 * multiples of their length since the epoch, so 15-minute slots start at :00, :15, :30 and :45
 * in every zone with a whole- or half-hour offset.
 */
export function slotStarts(now: Date, slotMinutes: number, daysAhead: number): Date[] {
  const len = slotMinutes * MINUTE_MS;
  const end = now.getTime() + daysAhead * DAY_MS;
  const starts: Date[] = [];
  for (let t = Math.floor(now.getTime() / len) * len + len; t < end; t += len) {
    starts.push(new Date(t));
  }
  return starts;
}

/** Whether a start is one this workspace offers: on the grid, after now, within the days ahead. */
export function isOfferedStart(start: Date, now: Date, slotMinutes: number, daysAhead: number) {
  const t = start.getTime();
  return (
    t % (slotMinutes * MINUTE_MS) === 0 &&
    t > now.getTime() &&
    t < now.getTime() + daysAhead * DAY_MS
  );
}

/**
 * Calls that can be made in [start, start + length): the voice capacity of every caller on
 * shift for the whole slot. A slot that runs past closing time is not offered by that team.
 */
export function slotCapacity(
  callers: Caller[],
  schedules: Schedules,
  start: Date,
  slotMinutes: number,
): number {
  const open = openTeams(schedules, start, new Date(start.getTime() + slotMinutes * MINUTE_MS));
  return callers.reduce((sum, c) => sum + (onShift(c, open) ? c.capacity : 0), 0);
}

/** The slots a customer may book: real capacity minus what is booked, only those with room. */
export function freeSlots(i: SlotInputs): SlotView[] {
  if (!i.callers.length) return [];
  const len = i.slotMinutes * MINUTE_MS;
  const slots: SlotView[] = [];
  for (const start of slotStarts(i.now, i.slotMinutes, i.daysAhead)) {
    const capacity = slotCapacity(i.callers, i.schedules, start, i.slotMinutes);
    const free = capacity - (i.booked.get(start.getTime()) ?? 0);
    if (free <= 0) continue;
    slots.push({
      start: start.toISOString(),
      end: new Date(start.getTime() + len).toISOString(),
      free,
    });
  }
  return slots;
}
