import { describe, expect, it } from 'vitest';
import {
  DEFAULT_HANDLE_MINUTES,
  estimateWaitMinutes,
  observedHandleMinutes,
  type Staffing,
} from './wait-model.js';

const two: Staffing = { agentsOnline: 2, activeLoad: 4, capacity: 3, handleMinutes: 10 };

describe('the wait model', () => {
  it('says about a minute while there are free slots, then grows with the line', () => {
    expect(estimateWaitMinutes(1, two)).toBe(1);
    expect(estimateWaitMinutes(2, two)).toBe(1);
    // 6 slots, each freeing every 10 minutes: the 3rd in line waits for 1 slot, 10/6 minutes.
    expect(estimateWaitMinutes(3, two)).toBe(2);
    expect(estimateWaitMinutes(14, two)).toBe(20);
  });

  it('gives no number when nobody is online, rather than a made-up one', () => {
    expect(estimateWaitMinutes(1, { ...two, agentsOnline: 0 })).toBeNull();
  });

  it('uses the median of recent handle times once there are enough of them', () => {
    expect(observedHandleMinutes([3, 4])).toBe(DEFAULT_HANDLE_MINUTES);
    expect(observedHandleMinutes([30, 2, 4, 5, 3, 1000])).toBe(4.5);
    expect(observedHandleMinutes([Number.NaN, -1, 0, 2, 2, 2, 2, 2])).toBe(2);
  });
});
