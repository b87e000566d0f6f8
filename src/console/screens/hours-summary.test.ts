import { describe, expect, it } from 'vitest';
import type { BusinessHours } from '../../shared/schemas/business-hours.js';
import { hoursSummary, weeklyText } from './hours-summary.js';

const nine = [{ from: '09:00', to: '17:00' }];
const week = (over: Partial<BusinessHours['weekly']>): BusinessHours['weekly'] => ({
  ...{ sun: [], mon: [], tue: [], wed: [], thu: [], fri: [], sat: [] },
  ...over,
});
const office: BusinessHours = {
  timeZone: 'Europe/Berlin',
  weekly: week({ mon: nine, tue: nine, wed: nine, thu: nine, fri: nine }),
  holidays: [],
};

describe('the opening hours line on a team row', () => {
  it('a team without hours is always open', () => {
    expect(hoursSummary({ businessHours: null, openNow: true, nextOpening: null })).toBe(
      'Always open',
    );
  });

  it('an open office team reads as its weekdays, zone and “Open now”', () => {
    expect(hoursSummary({ businessHours: office, openNow: true, nextOpening: null })).toBe(
      'Mon–Fri 09:00–17:00 (Europe/Berlin) · Open now',
    );
  });

  it('a closed team says when it opens, in its own zone, and counts its holidays', () => {
    const hours = { ...office, holidays: ['2026-12-25', '2026-12-26'] };
    // 08:00 UTC on Monday 28 December is 09:00 in Berlin.
    const closed = {
      businessHours: hours,
      openNow: false,
      nextOpening: '2026-12-28T08:00:00.000Z',
    };
    expect(hoursSummary(closed)).toBe(
      'Mon–Fri 09:00–17:00 (Europe/Berlin) · 2 holidays · Closed · opens Mon 09:00',
    );
    expect(hoursSummary({ ...closed, nextOpening: null })).toMatch(/· Closed$/);
  });

  it('groups only consecutive days with the same hours, split shifts included', () => {
    const split = [
      { from: '08:00', to: '12:00' },
      { from: '13:00', to: '17:00' },
    ];
    const text = weeklyText(
      week({ mon: nine, tue: nine, wed: split, thu: nine, sat: [{ from: '22:00', to: '02:00' }] }),
    );
    expect(text).toBe(
      'Mon–Tue 09:00–17:00, Wed 08:00–12:00, 13:00–17:00, Thu 09:00–17:00, Sat 22:00–02:00',
    );
    expect(weeklyText(week({}))).toBe('Never open');
  });
});
