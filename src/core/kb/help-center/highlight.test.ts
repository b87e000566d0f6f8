import { describe, expect, it } from 'vitest';
import { stemWord } from '../search/text.js';
import { highlight } from './highlight.js';

const terms = (...words: string[]) => new Set(words.map(stemWord));
const marked = (text: string, set: Set<string>) =>
  highlight(text, set)
    .map((s) => (s.mark ? `[${s.text}]` : s.text))
    .join('');

describe('search highlighting', () => {
  it('marks every form of a matched word and leaves the rest plain', () => {
    expect(marked('Storing yeast: store yeasts cold.', terms('store', 'yeast'))).toBe(
      '[Storing] [yeast]: [store] [yeasts] cold.',
    );
  });

  it('keeps the text exactly as it was, markup-looking characters included', () => {
    const text = '<b>Yeast</b> & "hops"';
    const segments = highlight(text, terms('yeast'));
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.find((s) => s.mark)?.text).toBe('Yeast');
  });

  it('marks words with accents and apostrophes whole', () => {
    expect(marked("Kölsch isn't a lager", terms('kolsch'))).toBe("[Kölsch] isn't a lager");
  });

  it('marks nothing when nothing matched', () => {
    expect(highlight('Shipping times', new Set())).toEqual([
      { text: 'Shipping times', mark: false },
    ]);
  });
});
