import { describe, expect, it } from 'vitest';
import type { Caller } from './callers.js';
import { nowOffer, type NowInputs } from './call-now.js';

const caller = (id: string, over: Partial<Caller> = {}): Caller => ({
  id,
  teamIds: [],
  capacity: 1,
  available: true,
  ...over,
});
const closedTeam = {
  timeZone: 'UTC',
  weekly: { sun: [], mon: [], tue: [], wed: [], thu: [], fri: [], sat: [] },
  holidays: [],
};

const base: NowInputs = {
  now: new Date('2026-03-02T10:00:00Z'),
  callers: [caller('anna'), caller('ben')],
  schedules: new Map(),
  online: new Set(['anna', 'ben']),
  load: new Map(),
  ahead: 0,
  handleMinutes: 8,
  promiseMinutes: 10,
};

describe('"Call me now"', () => {
  it('is offered when a caller is online, available and free: about a minute', () => {
    expect(nowOffer(base)).toEqual({ offered: true, etaMinutes: 1 });
  });

  it('is offered when everyone is on a call but one ends within the promise', () => {
    const busy = {
      ...base,
      load: new Map([
        ['anna', 1],
        ['ben', 1],
      ]),
    };
    expect(nowOffer(busy)).toEqual({ offered: true, etaMinutes: 8 });
  });

  it('is not offered when the calls ahead push the wait past the promise', () => {
    const busy = {
      ...base,
      load: new Map([
        ['anna', 1],
        ['ben', 1],
      ]),
      ahead: 3,
    };
    const offer = nowOffer(busy);
    expect(offer.offered).toBe(false);
    expect(offer.etaMinutes).toBeGreaterThan(10);
  });

  it('is not offered when nobody who can call is online, available and on shift', () => {
    expect(nowOffer({ ...base, online: new Set() })).toEqual({ offered: false, etaMinutes: null });
    const away = [caller('anna', { available: false }), caller('ben', { available: false })];
    expect(nowOffer({ ...base, callers: away }).offered).toBe(false);
    const offShift = [caller('anna', { teamIds: ['closed'] })];
    const schedules = new Map([['closed', closedTeam]]);
    expect(nowOffer({ ...base, callers: offShift, schedules }).offered).toBe(false);
    expect(nowOffer({ ...base, callers: [] }).offered).toBe(false);
  });
});
