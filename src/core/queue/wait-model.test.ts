import { describe, expect, it } from 'vitest';
import {
  DEFAULT_HANDLE_MINUTES,
  estimateWait,
  estimateWaitMinutes,
  observedHandleMinutes,
  type Staffing,
} from './wait-model.js';

// Two agents, six slots, two of them free; a slot frees every 10 / 6 minutes.
const two: Staffing = { agentsOnline: 2, activeLoad: 4, capacity: 3, handleMinutes: 10 };

describe('the wait model', () => {
  it('says about a minute while there are free slots, then grows with the line', () => {
    expect(estimateWait(1, two)).toEqual({ likely: 1, promise: 1 });
    expect(estimateWait(2, two)).toEqual({ likely: 1, promise: 1 });
    // The 3rd in line needs one chat to end: likely 10/6 minutes; promised (1 + √1) × 10/6.
    expect(estimateWait(3, two)).toEqual({ likely: 2, promise: 4 });
    // The 14th needs twelve: likely 20 minutes; promised (12 + √12) × 10/6 = 25.8, rounded up.
    expect(estimateWait(14, two)).toEqual({ likely: 20, promise: 26 });
    expect(estimateWaitMinutes(14, two)).toBe(26);
  });

  it('promises a margin that shrinks, relative to the wait, as the line grows', () => {
    const full: Staffing = { agentsOnline: 6, activeLoad: 18, capacity: 3, handleMinutes: 13 };
    const margins = [1, 4, 16, 64, 256].map((p) => {
      const e = estimateWait(p, full)!;
      expect(e.promise).toBeGreaterThanOrEqual(e.likely);
      return e.promise / ((p * 13) / 18);
    });
    // 1 + 1/√n: twice the likely wait for the next in line, 6% more for the 256th.
    expect(margins[0]).toBeGreaterThanOrEqual(2);
    expect(margins.every((m, i) => i === 0 || m < margins[i - 1]!)).toBe(true);
    expect(margins[4]).toBeLessThan(1.1);
  });

  it('gives no number when nobody is online, rather than a made-up one', () => {
    expect(estimateWait(1, { ...two, agentsOnline: 0 })).toBeNull();
    expect(estimateWaitMinutes(1, { ...two, agentsOnline: 0 })).toBeNull();
  });

  it('uses the average of recent handle times once there are enough of them', () => {
    expect(observedHandleMinutes([3, 4])).toBe(DEFAULT_HANDLE_MINUTES);
    expect(observedHandleMinutes([2, 4, 6, 8, 20])).toBe(8);
    expect(observedHandleMinutes([Number.NaN, -1, 0, 2, 2, 2, 2, 2])).toBe(2);
  });

  it('counts a conversation left open for hours as no more than four median handle times', () => {
    // Median 4.5, so 30 and 1000 count as 18: (2 + 3 + 4 + 5 + 18 + 18) / 6.
    expect(observedHandleMinutes([30, 2, 4, 5, 3, 1000])).toBeCloseTo(50 / 6, 10);
  });
});
