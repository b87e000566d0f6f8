import { describe, expect, it } from 'vitest';
import { CLEARLY_NEGATIVE, isClearlyNegative, soundsUpset } from './sentiment-gate.js';

describe('when a customer sounds upset enough for a person', () => {
  it('an angry or fed-up message crosses the line', () => {
    for (const text of [
      'This is ridiculous, I have asked three times and nobody helps me!',
      'Your bot is useless. I am so angry.',
      'Terrible. Absolutely terrible experience, I want a refund now!',
      'I am fed up with this, useless answers',
    ])
      expect(soundsUpset(text), text).toBe(true);
  });

  it('a doubt, a plain question or a problem asked about does not', () => {
    for (const text of [
      'not sure',
      'Not sure that answers my question',
      'How long does shipping take?',
      'I am a bit disappointed',
      'My beer tastes sour and bad, is the yeast dead?',
    ])
      expect(soundsUpset(text), text).toBe(false);
  });

  it('only a decided negative score counts, and a single question mark marks a question', () => {
    const at = (score: number) => ({ score, label: 'negative' as const });
    expect(isClearlyNegative(at(CLEARLY_NEGATIVE), 'Awful.')).toBe(true);
    expect(isClearlyNegative(at(CLEARLY_NEGATIVE + 0.01), 'Awful.')).toBe(false);
    expect(isClearlyNegative({ score: -0.9, label: 'neutral' }, 'Awful.')).toBe(false);
    expect(isClearlyNegative(at(-0.9), 'Is it ruined?')).toBe(false);
    expect(isClearlyNegative(at(-0.9), 'Seriously?!')).toBe(true);
    expect(isClearlyNegative(at(-0.9), 'Why is this so awful??')).toBe(true);
  });
});
