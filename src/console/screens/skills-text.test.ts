import { describe, expect, it } from 'vitest';
import { formatSkills, parseSkills } from './skills-text.js';

describe('skills typed as text', () => {
  it('reads names with levels, a missing level as 3, and formats them back', () => {
    const parsed = parseSkills(' Refunds 4, german:5 ,voice ,');
    expect(parsed).toEqual({ ok: true, skills: { refunds: 4, german: 5, voice: 3 } });
    expect(formatSkills({ voice: 3, german: 5 })).toBe('german 5, voice 3');
    expect(parseSkills(formatSkills({ 'returns desk': 2 }))).toEqual({
      ok: true,
      skills: { 'returns desk': 2 },
    });
  });

  it('says which level is out of range', () => {
    expect(parseSkills('voice 9')).toEqual({
      ok: false,
      error: 'The level of “voice” must be 1 to 5.',
    });
    expect(parseSkills('')).toEqual({ ok: true, skills: {} });
  });
});
