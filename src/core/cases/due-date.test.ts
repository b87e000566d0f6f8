import { describe, expect, it } from 'vitest';
import { canMoveCase } from './case-status.js';
import { describeDue, promisedBy } from './due-date.js';

const at = (iso: string) => new Date(iso);

describe('the promised answer time', () => {
  it('counts every hour by default', () => {
    const friday = at('2026-05-15T16:00:00Z');
    const due = promisedBy(friday, 24, { businessDaysOnly: false, timeZone: 'UTC' });
    expect(due.toISOString()).toBe('2026-05-16T16:00:00.000Z');
  });

  it('skips the weekend when only business days count', () => {
    const fridayEvening = at('2026-05-15T16:00:00Z');
    const due = promisedBy(fridayEvening, 24, { businessDaysOnly: true, timeZone: 'UTC' });
    // 8 hours left of Friday, then Monday from midnight: 16 more hours.
    expect(due.toISOString()).toBe('2026-05-18T16:00:00.000Z');
  });

  it('reads the weekend in the policy’s own time zone', () => {
    // 23:30 UTC on Friday is already Saturday in Tokyo: nothing counts until Monday there.
    const late = at('2026-05-15T23:30:00Z');
    const due = promisedBy(late, 1, { businessDaysOnly: true, timeZone: 'Asia/Tokyo' });
    expect(due.toISOString()).toBe('2026-05-17T16:00:00.000Z'); // Monday 01:00 in Tokyo
  });

  it('says the time in words, with its zone', () => {
    expect(describeDue(at('2026-05-19T13:00:00Z'), 'Europe/Berlin')).toBe(
      'Tuesday 19 May at 15:00 CEST',
    );
  });
});

describe('case statuses', () => {
  it('go open → in progress → resolved, and a resolved case can only be reopened', () => {
    expect(canMoveCase('open', 'in_progress')).toBe(true);
    expect(canMoveCase('in_progress', 'resolved')).toBe(true);
    expect(canMoveCase('resolved', 'reopened')).toBe(true);
    expect(canMoveCase('reopened', 'in_progress')).toBe(true);
    expect(canMoveCase('in_progress', 'open')).toBe(false);
    expect(canMoveCase('resolved', 'in_progress')).toBe(false);
    expect(canMoveCase('open', 'reopened')).toBe(false);
  });
});
