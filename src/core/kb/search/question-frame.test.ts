import { describe, expect, it } from 'vitest';
import { questionFrame } from './question-frame.js';
import { words } from './text.js';

const framed = (q: string) => {
  const all = words(q);
  const { frame, hints } = questionFrame(all);
  return { frame: [...frame].map((i) => all[i]), hints };
};

describe('the frame of a question', () => {
  it('sets aside the words that only ask for a time, and hints at what a time is said in', () => {
    expect(framed('How long does shipping take?')).toEqual({
      frame: ['long', 'take'],
      hints: expect.arrayContaining(['day', 'hour', 'week']),
    });
    expect(framed('How soon will hops stay fresh').frame).toEqual(['soon', 'stay']);
  });

  it('sets aside the verb of a question about an amount', () => {
    expect(framed('How much does gift wrapping cost?')).toEqual({
      frame: ['much', 'cost'],
      hints: expect.arrayContaining(['price', 'fee']),
    });
  });

  it('leaves every other question alone, "long" and "take" included', () => {
    expect(framed('Do you take PayPal?')).toEqual({ frame: [], hints: [] });
    expect(framed('Is the long hose included?')).toEqual({ frame: [], hints: [] });
    expect(framed('What does shipping cost?')).toEqual({ frame: [], hints: [] });
  });
});
