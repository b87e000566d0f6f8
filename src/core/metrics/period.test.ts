import { describe, expect, it } from 'vitest';
import { resolvePeriod } from './period.js';

const NOW = new Date('2025-03-15T12:00:00Z');
const iso = (p: { from: Date; to: Date }) => [p.from.toISOString(), p.to.toISOString()];

describe('the period of a report', () => {
  it('is the 30 days up to now when nothing is asked', () => {
    expect(iso(resolvePeriod(NOW, {}))).toEqual([
      '2025-02-13T12:00:00.000Z',
      '2025-03-15T12:00:00.000Z',
    ]);
  });

  it('reads bare days as whole UTC days, so the last day is included', () => {
    expect(iso(resolvePeriod(NOW, { from: '2025-03-01', to: '2025-03-10' }))).toEqual([
      '2025-03-01T00:00:00.000Z',
      '2025-03-11T00:00:00.000Z',
    ]);
  });

  it('takes timestamps as they are, with their offset, and counts 30 days back from a given end', () => {
    expect(iso(resolvePeriod(NOW, { from: '2025-03-01T09:00:00+01:00' }))).toEqual([
      '2025-03-01T08:00:00.000Z',
      '2025-03-15T12:00:00.000Z',
    ]);
    expect(iso(resolvePeriod(NOW, { to: '2025-03-01T00:00:00Z' }))).toEqual([
      '2025-01-30T00:00:00.000Z',
      '2025-03-01T00:00:00.000Z',
    ]);
  });

  it('refuses a backwards, future or over-long period, naming what to fix', () => {
    const refusal = (q: { from?: string; to?: string }) => {
      try {
        resolvePeriod(NOW, q);
      } catch (e) {
        return (e as { code: string; message: string }).code + ': ' + (e as Error).message;
      }
      return 'accepted';
    };
    expect(refusal({ from: '2025-03-10', to: '2025-03-01' })).toBe(
      'invalid_input: Please fix: from (must be before to).',
    );
    expect(refusal({ from: '2025-04-01', to: '2025-05-01' })).toBe(
      'invalid_input: Please fix: from (is in the future).',
    );
    expect(refusal({ from: '2023-01-01', to: '2025-01-01' })).toBe(
      'invalid_input: Please fix: to (must be at most 366 days after from).',
    );
    expect(refusal({ from: '2024-03-15', to: '2025-03-14' })).toBe('accepted');
  });
});
