import { describe, expect, it } from 'vitest';
import { BusinessHours } from '../../shared/schemas/business-hours.js';
import {
  addBusinessMinutes,
  businessMinutesBetween,
  closingOf,
  isOpen,
  nextOpening,
} from './business-hours.js';

const at = (iso: string) => new Date(iso);
const nineToFive = { from: '09:00', to: '17:00' };

/** Monday to Friday 09:00–17:00 in Berlin, Christmas Day closed. */
const office = BusinessHours.parse({
  timeZone: 'Europe/Berlin',
  weekly: {
    mon: [nineToFive],
    tue: [nineToFive],
    wed: [nineToFive],
    thu: [nineToFive],
    fri: [nineToFive],
  },
  holidays: ['2026-12-25'],
});

/** Every night 22:00–06:00, and a split Monday. */
const nights = (timeZone: string) =>
  BusinessHours.parse({
    timeZone,
    weekly: {
      ...Object.fromEntries(
        ['sun', 'tue', 'wed', 'thu', 'fri', 'sat'].map((d) => [
          d,
          [{ from: '22:00', to: '06:00' }],
        ]),
      ),
      mon: [
        { from: '10:00', to: '12:00' },
        { from: '13:00', to: '15:00' },
      ],
    },
    holidays: ['2026-12-25'],
  });

describe('business hours', () => {
  it('opens at the first minute and closes at the last, in the team’s zone', () => {
    // Monday 2026-01-05, winter time (UTC+1).
    expect(isOpen(office, at('2026-01-05T08:59:59+01:00'))).toBe(false);
    expect(isOpen(office, at('2026-01-05T09:00:00+01:00'))).toBe(true);
    expect(isOpen(office, at('2026-01-05T16:59:59+01:00'))).toBe(true);
    expect(isOpen(office, at('2026-01-05T17:00:00+01:00'))).toBe(false);
    expect(isOpen(office, at('2026-01-10T12:00:00+01:00'))).toBe(false);
  });

  it('finds the next opening over a weekend, and says “now” when open', () => {
    expect(nextOpening(office, at('2026-01-09T17:00:00+01:00'))).toEqual(
      at('2026-01-12T09:00:00+01:00'),
    );
    expect(nextOpening(office, at('2026-01-07T10:15:00+01:00'))).toEqual(
      at('2026-01-07T10:15:00+01:00'),
    );
  });

  it('keeps an overnight shift open past midnight, until its end on the next day', () => {
    const berlin = nights('Europe/Berlin');
    // The Friday-night shift runs into Saturday morning.
    expect(isOpen(berlin, at('2026-01-10T05:59:00+01:00'))).toBe(true);
    expect(isOpen(berlin, at('2026-01-10T06:00:00+01:00'))).toBe(false);
    // Sunday night's shift runs into Monday, then Monday's own intervals.
    expect(isOpen(berlin, at('2026-01-12T03:00:00+01:00'))).toBe(true);
    expect(
      businessMinutesBetween(
        berlin,
        at('2026-01-12T00:00:00+01:00'),
        at('2026-01-12T23:00:00+01:00'),
      ),
    ).toBe(6 * 60 + 2 * 60 + 2 * 60);
  });

  it('knows when an open team closes next: today at five, or at the end of a night shift', () => {
    expect(closingOf(office, at('2026-12-04T15:00:00Z'))).toEqual(at('2026-12-04T16:00:00Z'));
    expect(closingOf(office, at('2026-12-05T12:00:00Z'))).toBeNull();
    const berlin = nights('Europe/Berlin');
    expect(closingOf(berlin, at('2026-01-09T23:00:00+01:00'))).toEqual(
      at('2026-01-10T06:00:00+01:00'),
    );
    // Monday's split day closes at noon, not at three.
    expect(closingOf(berlin, at('2026-01-12T10:30:00+01:00'))).toEqual(
      at('2026-01-12T12:00:00+01:00'),
    );
  });

  it('closes the whole day of a holiday, cutting the night shift before it at midnight', () => {
    const berlin = nights('Europe/Berlin');
    expect(isOpen(berlin, at('2026-12-24T23:30:00+01:00'))).toBe(true);
    expect(isOpen(berlin, at('2026-12-25T00:00:00+01:00'))).toBe(false);
    expect(isOpen(berlin, at('2026-12-25T23:00:00+01:00'))).toBe(false);
    // The shift that would start on Christmas night does not happen, nor its morning part.
    expect(isOpen(berlin, at('2026-12-26T03:00:00+01:00'))).toBe(false);
    expect(nextOpening(berlin, at('2026-12-24T23:59:00+01:00'))).toEqual(
      at('2026-12-24T23:59:00+01:00'),
    );
    expect(nextOpening(berlin, at('2026-12-25T00:00:00+01:00'))).toEqual(
      at('2026-12-26T22:00:00+01:00'),
    );
    expect(nextOpening(office, at('2026-12-24T17:00:00+01:00'))).toEqual(
      at('2026-12-28T09:00:00+01:00'),
    );
  });

  it('counts the real elapsed minutes of a night when Berlin’s clocks go forward (2026-03-29)', () => {
    const berlin = nights('Europe/Berlin');
    // Saturday 22:00 CET to Sunday 06:00 CEST: the clock says 8 hours, 7 really pass.
    const from = at('2026-03-28T21:00:00+01:00');
    const to = at('2026-03-29T12:00:00+02:00');
    expect(businessMinutesBetween(berlin, from, to)).toBe(7 * 60);
    expect(isOpen(berlin, at('2026-03-29T05:59:00+02:00'))).toBe(true);
    expect(isOpen(berlin, at('2026-03-29T06:00:00+02:00'))).toBe(false);
    expect(addBusinessMinutes(berlin, from, 7 * 60)).toEqual(at('2026-03-29T06:00:00+02:00'));
  });

  it('counts the real elapsed minutes of a night when Berlin’s clocks go back (2026-10-25)', () => {
    const berlin = nights('Europe/Berlin');
    // Saturday 22:00 CEST to Sunday 06:00 CET: the clock says 8 hours, 9 really pass.
    const from = at('2026-10-24T22:00:00+02:00');
    expect(businessMinutesBetween(berlin, from, at('2026-10-25T07:00:00+01:00'))).toBe(9 * 60);
    expect(addBusinessMinutes(berlin, from, 9 * 60)).toEqual(at('2026-10-25T06:00:00+01:00'));
    // One more minute waits for Sunday night's shift.
    expect(addBusinessMinutes(berlin, from, 9 * 60 + 1)).toEqual(at('2026-10-25T22:01:00+01:00'));
  });

  it('opens a shift that starts in the skipped hour when the clocks jump past its start', () => {
    const early = BusinessHours.parse({
      timeZone: 'Europe/Berlin',
      weekly: { sun: [{ from: '02:30', to: '04:00' }] },
    });
    // 02:30 never happens on 2026-03-29: the shift starts when the clocks read 03:00.
    expect(nextOpening(early, at('2026-03-29T00:00:00+01:00'))).toEqual(
      at('2026-03-29T03:00:00+02:00'),
    );
    expect(
      businessMinutesBetween(early, at('2026-03-28T00:00:00Z'), at('2026-03-30T00:00:00Z')),
    ).toBe(60);
  });

  it('counts real minutes across New York’s change to daylight time (2026-03-08)', () => {
    const newYork = nights('America/New_York');
    const from = at('2026-03-07T22:00:00-05:00');
    expect(businessMinutesBetween(newYork, from, at('2026-03-08T06:00:00-04:00'))).toBe(7 * 60);
    expect(addBusinessMinutes(newYork, from, 7 * 60)).toEqual(at('2026-03-08T06:00:00-04:00'));
  });

  it('sets an SLA due time over the weekend, and counts from the next opening when closed', () => {
    const friday = at('2026-01-09T16:30:00+01:00');
    expect(addBusinessMinutes(office, friday, 60)).toEqual(at('2026-01-12T09:30:00+01:00'));
    expect(addBusinessMinutes(office, at('2026-01-10T12:00:00+01:00'), 60)).toEqual(
      at('2026-01-12T10:00:00+01:00'),
    );
    expect(addBusinessMinutes(office, friday, 0)).toEqual(friday);
    expect(businessMinutesBetween(office, friday, at('2026-01-12T09:30:00+01:00'))).toBe(60);
    expect(businessMinutesBetween(office, at('2026-01-12T09:30:00+01:00'), friday)).toBe(-60);
    expect(() => addBusinessMinutes(office, friday, -1)).toThrow(RangeError);
  });

  it('says a schedule with no open time never opens, rather than searching forever', () => {
    const closed = BusinessHours.parse({ timeZone: 'UTC', weekly: {} });
    expect(isOpen(closed, at('2026-01-05T12:00:00Z'))).toBe(false);
    expect(nextOpening(closed, at('2026-01-05T12:00:00Z'))).toBeNull();
    expect(addBusinessMinutes(closed, at('2026-01-05T12:00:00Z'), 5)).toBeNull();
  });

  it('answers for a team open around the clock, rather than searching forever', () => {
    const day = [{ from: '00:00', to: '24:00' }];
    const always = (holidays: string[] = []) =>
      BusinessHours.parse({
        timeZone: 'Europe/Berlin',
        weekly: { sun: day, mon: day, tue: day, wed: day, thu: day, fri: day, sat: day },
        holidays,
      });
    const now = at('2026-12-04T11:00:00Z');
    expect(isOpen(always(), now)).toBe(true);
    expect(nextOpening(always(), now)).toEqual(now);
    expect(businessMinutesBetween(always(), now, at('2027-01-03T11:00:00Z'))).toBe(30 * 1440);
    expect(addBusinessMinutes(always(), now, 45 * 1440)).toEqual(at('2027-01-18T11:00:00Z'));
    expect(closingOf(always(), now)).toBeNull();
    // Open around the clock but for Christmas Day: closed all that day, open again at midnight.
    const christmas = always(['2026-12-25']);
    expect(isOpen(christmas, at('2026-12-25T12:00:00Z'))).toBe(false);
    expect(nextOpening(christmas, at('2026-12-25T12:00:00Z'))).toEqual(at('2026-12-25T23:00:00Z'));
    expect(businessMinutesBetween(christmas, now, at('2027-01-03T11:00:00Z'))).toBe(29 * 1440);
    // Christmas Day starts at midnight in Berlin (23:00Z): that is when it closes.
    expect(closingOf(christmas, now)).toEqual(at('2026-12-24T23:00:00Z'));
    // Nights and days that meet at 06:00 and 22:00 are open around the clock too.
    const shifts = [
      { from: '06:00', to: '22:00' },
      { from: '22:00', to: '06:00' },
    ];
    const chained = BusinessHours.parse({
      timeZone: 'UTC',
      weekly: {
        sun: shifts,
        mon: shifts,
        tue: shifts,
        wed: shifts,
        thu: shifts,
        fri: shifts,
        sat: shifts,
      },
    });
    expect(isOpen(chained, now)).toBe(true);
    expect(businessMinutesBetween(chained, now, at('2026-12-24T11:00:00Z'))).toBe(20 * 1440);
  });
});
