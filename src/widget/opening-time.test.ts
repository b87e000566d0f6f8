import { describe, expect, it } from 'vitest';
import { openingPhrase } from './opening-time.js';

// Local dates: the phrase is about the customer's own clock, whatever zone runs the test.
const local = (day: number, hour: number) => new Date(2026, 11, day, hour, 0);

describe('when a closed team opens, in the customer’s words', () => {
  it('says today, tomorrow, the weekday within a week, and the date beyond', () => {
    const friday = local(4, 18);
    expect(openingPhrase(local(4, 20).toISOString(), friday, 'de-DE')).toBe('at 20:00 today');
    expect(openingPhrase(local(5, 9).toISOString(), friday, 'de-DE')).toBe('at 09:00 tomorrow');
    expect(openingPhrase(local(7, 9).toISOString(), friday, 'de-DE')).toBe('at 09:00 on Monday');
    expect(openingPhrase(local(14, 9).toISOString(), friday, 'de-DE')).toBe(
      'at 09:00 on 14 December',
    );
  });

  it('writes the time as the customer’s locale does', () => {
    expect(openingPhrase(local(7, 9).toISOString(), local(4, 18), 'en-US')).toBe(
      'at 9:00 AM on Monday',
    );
  });
});
