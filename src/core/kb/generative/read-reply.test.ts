import { describe, expect, it } from 'vitest';
import { plainText } from './plain-text.js';
import { DECLINE_TOKEN } from './prompt.js';
import { readReply } from './read-reply.js';

describe("reading the model's reply", () => {
  it('keeps the citations of passages that exist, in order of first citation, once each', () => {
    expect(readReply('Cold pack [3]. Free over 60 [1, 3]. Label [2][1].', 3)).toEqual({
      text: 'Cold pack [3]. Free over 60 [1][3]. Label [2][1].',
      cited: [3, 1, 2],
    });
  });

  it('removes citations of passages it was never given', () => {
    expect(readReply('Thirty days [4]. Free labels [0][2].', 2)).toEqual({
      text: 'Thirty days. Free labels [2].',
      cited: [2],
    });
  });

  it('declines an answer without a valid citation, an empty reply and the decline token', () => {
    for (const reply of ['Thirty days.', 'Thirty days [5].', '', '   ', `${DECLINE_TOKEN}.`]) {
      expect(readReply(reply, 3), reply).toBeUndefined();
    }
  });

  it('strips tags, including encoded ones, but keeps a plain "<" in the text', () => {
    expect(plainText('<div>Orders < 60 euros &amp; more</div>')).toBe('Orders < 60 euros & more');
    expect(plainText('Hi &lt;img src=x onerror=alert(1)&gt;there')).toBe('Hi there');
    expect(plainText('<style>p{}</style>A <a href="x">link</a>')).toBe('A link');
  });
});
