import { describe, expect, it } from 'vitest';
import type { AgentProfileRow } from '../../db/queries/agent-profiles.js';
import { callersOf, schedulesOf } from './callers.js';
import { freeSlots, isOfferedStart, slotCapacity, slotStarts } from './slots.js';

const weekdays = (from: string, to: string) =>
  Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [{ from, to }]]));
const hours = (from: string, to: string) => ({
  timeZone: 'Europe/Berlin',
  weekly: weekdays(from, to),
  holidays: [],
});

const teams = [
  { id: 'early', business_hours: hours('09:00', '17:00') },
  { id: 'late', business_hours: hours('13:00', '21:00') },
  { id: 'mornings', business_hours: hours('09:30', '12:00') },
  { id: 'anytime', business_hours: null },
];

const agent = (
  id: string,
  teamIds: string[],
  skills: Record<string, number>,
  voice = 1,
): AgentProfileRow => ({
  user_id: id,
  name: id,
  role: 'agent',
  skills,
  capacity: { chat: 3, email: 5, voice },
  status: 'available',
  status_changed_at: new Date(0),
  team_ids: teamIds,
});

const agents = [
  agent('anna', ['early'], { voice: 2 }),
  agent('ben', ['late'], { voice: 1 }),
  agent('cleo', ['early', 'late'], { voice: 3, billing: 2 }),
  // Not callers: no voice skill, or no room for a call.
  agent('dan', ['early'], { billing: 4 }),
  agent('eve', ['late'], { voice: 1 }, 0),
];

const callers = callersOf(agents, null);
const schedules = schedulesOf(teams);
/** Berlin wall time on Monday 2 March 2026 (UTC+1). */
const berlin = (time: string) => new Date(`2026-03-02T${time}:00+01:00`);
const capacityAt = (time: string, minutes = 30) =>
  slotCapacity(callers, schedules, berlin(time), minutes);

describe('callback slots from real capacity', () => {
  it('counts only agents with the voice skill and room for a call', () => {
    expect(callers.map((c) => c.id)).toEqual(['anna', 'ben', 'cleo']);
    expect(callersOf(agents, 'late').map((c) => c.id)).toEqual(['ben', 'cleo']);
  });

  it('follows each team’s hours across opening, overlap and closing', () => {
    expect(capacityAt('08:30')).toBe(0);
    expect(capacityAt('09:00')).toBe(2);
    expect(capacityAt('12:30')).toBe(2);
    expect(capacityAt('13:00')).toBe(3);
    expect(capacityAt('16:30')).toBe(3);
    expect(capacityAt('17:00')).toBe(2);
    expect(capacityAt('20:30')).toBe(2);
    expect(capacityAt('21:00')).toBe(0);
  });

  it('does not count a team for a slot that runs past its opening or closing time', () => {
    const morning = callersOf([agent('fay', ['mornings'], { voice: 1 })], null);
    const at = (time: string, minutes: number) =>
      slotCapacity(morning, schedules, berlin(time), minutes);
    expect(at('09:30', 30)).toBe(1);
    expect(at('09:00', 60)).toBe(0);
    expect(at('10:00', 60)).toBe(1);
    expect(at('11:30', 30)).toBe(1);
    expect(at('11:30', 60)).toBe(0);
  });

  it('treats a team without hours, and an agent in no team, as always on shift', () => {
    const always = callersOf(
      [agent('gus', ['anytime'], { voice: 1 }), agent('hal', [], { voice: 1 })],
      null,
    );
    expect(slotCapacity(always, schedules, new Date('2026-03-01T03:00:00Z'), 15)).toBe(2);
  });

  it('offers free places per slot, minus what is booked, and hides full slots', () => {
    const now = berlin('12:10');
    const booked = new Map([
      [berlin('12:30').getTime(), 2],
      [berlin('13:00').getTime(), 1],
    ]);
    const slots = freeSlots({ now, slotMinutes: 30, daysAhead: 1, callers, schedules, booked });
    const first = slots.slice(0, 3).map((s) => [s.start, s.free]);
    expect(first).toEqual([
      [berlin('13:00').toISOString(), 2],
      [berlin('13:30').toISOString(), 3],
      [berlin('14:00').toISOString(), 3],
    ]);
    expect(slots.find((s) => s.start === berlin('12:30').toISOString())).toBeUndefined();
    // The last slot starts within the day ahead: Tuesday 12:00–12:30.
    expect(slots.at(-1)?.end).toBe(new Date('2026-03-03T12:30:00+01:00').toISOString());
  });

  it('keeps shifts on the local clock across the change to summer time', () => {
    // Friday 27 March 2026 is UTC+1 in Berlin; Monday 30 March is UTC+2.
    const slots = freeSlots({
      now: new Date('2026-03-27T07:50:00Z'),
      slotMinutes: 60,
      daysAhead: 4,
      callers,
      schedules,
      booked: new Map(),
    });
    const starts = slots.map((s) => s.start);
    expect(starts[0]).toBe('2026-03-27T08:00:00.000Z'); // 09:00 CET
    expect(starts).toContain('2026-03-30T07:00:00.000Z'); // 09:00 CEST
    expect(starts).not.toContain('2026-03-30T06:00:00.000Z');
    expect(starts.filter((s) => s.startsWith('2026-03-28'))).toEqual([]); // a Saturday
  });

  it('accepts only starts on the grid, ahead of now and within the days ahead', () => {
    const now = berlin('12:10');
    expect(slotStarts(now, 15, 1)[0]).toEqual(berlin('12:15'));
    expect(isOfferedStart(berlin('12:15'), now, 15, 1)).toBe(true);
    expect(isOfferedStart(berlin('12:20'), now, 15, 1)).toBe(false);
    expect(isOfferedStart(berlin('12:00'), now, 15, 1)).toBe(false);
    expect(isOfferedStart(new Date('2026-03-03T12:15:00+01:00'), now, 15, 1)).toBe(false);
  });
});
