import { describe, expect, it } from 'vitest';
import { BusinessHours } from './business-hours.js';

const messages = (input: unknown) => {
  const r = BusinessHours.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('the business-hours schema', () => {
  it('accepts a week with split and overnight intervals, holidays, and fills closed days', () => {
    const parsed = BusinessHours.parse({
      timeZone: 'America/Argentina/Buenos_Aires',
      weekly: {
        mon: [
          { from: '09:00', to: '12:30' },
          { from: '13:30', to: '24:00' },
        ],
        fri: [{ from: '22:00', to: '06:00' }],
      },
      holidays: ['2026-12-25'],
    });
    expect(parsed.weekly.sun).toEqual([]);
    expect(parsed.weekly.fri).toEqual([{ from: '22:00', to: '06:00' }]);
  });

  it('rejects an unknown time zone, saying what a valid one looks like', () => {
    expect(messages({ timeZone: 'Europe/Atlantis', weekly: {} })).toEqual([
      'timeZone: unknown time zone "Europe/Atlantis": use an IANA name such as Europe/Berlin or America/New_York',
    ]);
    // An offset is not a zone: it would ignore daylight saving time.
    expect(messages({ timeZone: '+01:00', weekly: {} })).toHaveLength(1);
    expect(messages({ timeZone: 'UTC', weekly: {} })).toEqual([]);
  });

  it('rejects times that are not on a 24-hour clock, and empty intervals', () => {
    expect(messages({ timeZone: 'UTC', weekly: { mon: [{ from: '9:00', to: '17:00' }] } })).toEqual(
      ['weekly.mon.0.from: use a 24-hour time like 09:00 (24:00 ends a day)'],
    );
    expect(
      messages({ timeZone: 'UTC', weekly: { mon: [{ from: '09:00', to: '24:30' }] } }),
    ).toHaveLength(1);
    expect(
      messages({ timeZone: 'UTC', weekly: { mon: [{ from: '09:00', to: '09:00' }] } }),
    ).toEqual(['weekly.mon.0.to: an interval needs an end different from its start']);
    expect(
      messages({ timeZone: 'UTC', weekly: { mon: [{ from: '24:00', to: '02:00' }] } }),
    ).toHaveLength(1);
  });

  it('rejects overlapping intervals on one day, counting an overnight one up to midnight', () => {
    const overlap = [
      { from: '09:00', to: '13:00' },
      { from: '12:00', to: '17:00' },
    ];
    expect(messages({ timeZone: 'UTC', weekly: { tue: overlap } })).toEqual([
      'weekly.tue: intervals of one day must not overlap',
    ]);
    const twoNights = [
      { from: '20:00', to: '02:00' },
      { from: '22:00', to: '04:00' },
    ];
    expect(messages({ timeZone: 'UTC', weekly: { tue: twoNights } })).toHaveLength(1);
  });

  it('rejects holidays that are not real calendar dates', () => {
    expect(
      messages({ timeZone: 'UTC', weekly: {}, holidays: ['2026-02-30', '25.12.2026'] }),
    ).toEqual([
      'holidays.0: use a real date like 2026-12-25',
      'holidays.1: use a real date like 2026-12-25',
    ]);
  });
});
