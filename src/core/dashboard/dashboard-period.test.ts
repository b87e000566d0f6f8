import { describe, expect, it } from 'vitest';
import { bucketStarts, resolvePeriod } from './dashboard-period.js';

const now = new Date('2026-03-31T12:00:00Z');

describe('the dashboard period', () => {
  it('defaults to the last 30 whole UTC days, today included, read per day', () => {
    const p = resolvePeriod(now, {});
    expect(p.from.toISOString()).toBe('2026-03-02T00:00:00.000Z');
    expect(p.to.toISOString()).toBe('2026-04-01T00:00:00.000Z');
    expect(p.step).toBe('day');
    const starts = bucketStarts(p);
    expect(starts).toHaveLength(30);
    expect([starts[0], starts.at(-1)]).toEqual(['2026-03-02', '2026-03-31']);
  });

  it('reads 62 days per day and 63 per week', () => {
    const to = '2026-04-01T00:00:00Z';
    expect(resolvePeriod(now, { from: '2026-01-29T00:00:00Z', to }).step).toBe('day');
    expect(resolvePeriod(now, { from: '2026-01-28T00:00:00Z', to }).step).toBe('week');
  });

  it('starts weeks on Monday, the first one reaching back before the period', () => {
    const p = resolvePeriod(now, { from: '2026-01-01T00:00:00Z', to: '2026-04-01T00:00:00Z' });
    const starts = bucketStarts(p);
    expect(starts[0]).toBe('2025-12-29');
    expect(starts.at(-1)).toBe('2026-03-30');
    expect(starts.every((s) => new Date(`${s}T00:00:00Z`).getUTCDay() === 1)).toBe(true);
  });

  it('counts a period that starts mid-day from that day', () => {
    const p = resolvePeriod(now, { from: '2026-03-30T18:00:00Z', to: '2026-03-31T06:00:00Z' });
    expect(bucketStarts(p)).toEqual(['2026-03-30', '2026-03-31']);
  });

  it('refuses an empty or backwards period and one longer than a year', () => {
    expect(() =>
      resolvePeriod(now, { from: '2026-03-31T00:00:00Z', to: '2026-03-31T00:00:00Z' }),
    ).toThrow(/before/);
    expect(() => resolvePeriod(now, { from: '2024-01-01T00:00:00Z' })).toThrow(/366 days/);
  });
});
