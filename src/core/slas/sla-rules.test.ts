import { describe, expect, it } from 'vitest';
import { BusinessHours } from '../../shared/schemas/business-hours.js';
import { slaStateAt } from '../../shared/sla-labels.js';
import {
  clockForCustomerMessage,
  dueAt,
  meetsReplyClock,
  slaState,
  startsReplyClock,
  type SlaTargets,
} from './sla-rules.js';

const at = (iso: string) => new Date(iso);
const nineToFive = [{ from: '09:00', to: '17:00' }];
const allDay = [{ from: '00:00', to: '24:00' }];

/** Monday to Friday 09:00–17:00 in Berlin; Christmas Day closed. */
const office = BusinessHours.parse({
  timeZone: 'Europe/Berlin',
  weekly: { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive },
  holidays: ['2026-12-25'],
});
/** Open every Sunday around the clock, to count through the night the clocks change. */
const sundays = BusinessHours.parse({ timeZone: 'Europe/Berlin', weekly: { sun: allDay } });

const policy = (minutes: number, businessHours = true): SlaTargets => ({
  first_response_minutes: minutes,
  next_response_minutes: minutes,
  resolution_minutes: null,
  business_hours: businessHours,
  warn_before_minutes: 10,
});

describe('SLA due times', () => {
  it('are the start plus the minutes when the policy counts all hours', () => {
    const due = dueAt(policy(90, false), 'first_response', at('2026-01-05T10:00:00Z'), office);
    expect(due?.toISOString()).toBe('2026-01-05T11:30:00.000Z');
  });

  it('count plain minutes when the conversation’s team has no business hours', () => {
    const due = dueAt(policy(30), 'next_response', at('2026-01-10T22:00:00Z'), null);
    expect(due?.toISOString()).toBe('2026-01-10T22:30:00.000Z');
  });

  it('start counting at the opening when a customer writes before it', () => {
    // Monday 07:00 in Berlin: the clock starts at 09:00 and 30 open minutes end at 09:30.
    const due = dueAt(policy(30), 'first_response', at('2026-01-05T07:00:00+01:00'), office);
    expect(due?.getTime()).toBe(at('2026-01-05T09:30:00+01:00').getTime());
  });

  it('roll over the weekend and the night the clocks go forward to the next opening', () => {
    // Friday 27 March 16:30 CET: 30 minutes on Friday, the rest on Monday 30 March, now CEST.
    const due = dueAt(policy(60), 'first_response', at('2026-03-27T16:30:00+01:00'), office);
    expect(due?.getTime()).toBe(at('2026-03-30T09:30:00+02:00').getTime());
  });

  it('roll over a holiday and the weekend after it', () => {
    // Thursday 24 December 16:00: one hour that day; Friday is Christmas; Monday 10:00.
    const due = dueAt(policy(120), 'first_response', at('2026-12-24T16:00:00+01:00'), office);
    expect(due?.getTime()).toBe(at('2026-12-28T10:00:00+01:00').getTime());
  });

  it('count the real minutes through the hour the clocks skip in spring', () => {
    // Sunday 29 March 01:30 CET: an hour later the clocks read 03:30 CEST.
    const due = dueAt(policy(60), 'first_response', at('2026-03-29T01:30:00+01:00'), sundays);
    expect(due?.getTime()).toBe(at('2026-03-29T03:30:00+02:00').getTime());
  });

  it('count the real minutes through the hour the clocks repeat in autumn', () => {
    // Sunday 25 October 02:30 CEST: an hour later the clocks read 02:30 again, now CET.
    const due = dueAt(policy(60), 'first_response', at('2026-10-25T02:30:00+02:00'), sundays);
    expect(due?.getTime()).toBe(at('2026-10-25T02:30:00+01:00').getTime());
  });

  it('count real minutes over the DST change when the policy counts all hours', () => {
    const due = dueAt(
      policy(240, false),
      'first_response',
      at('2026-03-28T23:00:00+01:00'),
      office,
    );
    expect(due?.getTime()).toBe(at('2026-03-29T04:00:00+02:00').getTime());
  });

  it('are absent when the priority has no target for the metric', () => {
    expect(dueAt(policy(30), 'resolution', at('2026-01-05T10:00:00Z'), office)).toBeNull();
    expect(dueAt(null, 'first_response', at('2026-01-05T10:00:00Z'), office)).toBeNull();
  });
});

describe('SLA clock rules', () => {
  it('a customer’s first message starts the first response, a later one after a reply the next', () => {
    expect(clockForCustomerMessage({ firstStarted: false, running: false })).toBe('first_response');
    expect(clockForCustomerMessage({ firstStarted: true, running: false })).toBe('next_response');
    expect(clockForCustomerMessage({ firstStarted: true, running: true })).toBeNull();
  });

  it('only a person’s public reply meets a reply clock; bots, system messages and notes do not', () => {
    expect(meetsReplyClock({ authorType: 'agent', private: false })).toBe(true);
    expect(meetsReplyClock({ authorType: 'agent', private: true })).toBe(false);
    expect(meetsReplyClock({ authorType: 'bot', private: false })).toBe(false);
    expect(meetsReplyClock({ authorType: 'system', private: false })).toBe(false);
    expect(startsReplyClock({ authorType: 'contact', private: false })).toBe(true);
    expect(startsReplyClock({ authorType: 'agent', private: false })).toBe(false);
  });

  it('a clock is ok, then a warning inside the window, then breached at its due time', () => {
    const clock = { dueAt: at('2026-01-05T10:00:00Z') };
    expect(slaState(clock, 10, at('2026-01-05T09:49:59Z'))).toBe('ok');
    expect(slaState(clock, 10, at('2026-01-05T09:50:00Z'))).toBe('warning');
    expect(slaState(clock, 0, at('2026-01-05T09:59:00Z'))).toBe('ok');
    expect(slaState(clock, 10, at('2026-01-05T10:00:00Z'))).toBe('breached');
    expect(slaState({ ...clock, breached: true }, 10, at('2026-01-05T09:00:00Z'))).toBe('breached');
  });

  it('the console moves a badge on with time before the sweep does', () => {
    const badge = {
      metric: 'first_response' as const,
      state: 'ok' as const,
      dueAt: '2026-01-05T10:00:00.000Z',
      warnAt: '2026-01-05T09:50:00.000Z',
    };
    expect(slaStateAt(badge, Date.parse('2026-01-05T09:00:00Z'))).toBe('ok');
    expect(slaStateAt(badge, Date.parse('2026-01-05T09:55:00Z'))).toBe('warning');
    expect(slaStateAt(badge, Date.parse('2026-01-05T10:00:00Z'))).toBe('breached');
    expect(slaStateAt({ ...badge, warnAt: null }, Date.parse('2026-01-05T09:55:00Z'))).toBe('ok');
  });
});
