import { describe, expect, it } from 'vitest';
import { frontMatterValue, parseFrontMatter } from './front-matter.js';

const parse = (text: string) => {
  const r = parseFrontMatter(text);
  if ('message' in r) throw new Error(`line ${r.line}: ${r.message}`);
  return { data: Object.fromEntries(r.data), body: r.body };
};

describe('the front-matter reader', () => {
  it('reads key: value lines as plain strings, quoted or not, and leaves the body alone', () => {
    expect(
      parse(
        "---\r\nTitle: Returns: the basics # a comment\nid: \"a\\\"b\"\ncategory: 'Rock ''n'' roll'\nurl: https://x.test/a#frag\n# ignored\n\n---\n# Body\ntext: not front matter\n",
      ),
    ).toEqual({
      data: {
        title: 'Returns: the basics',
        id: 'a"b',
        category: "Rock 'n' roll",
        url: 'https://x.test/a#frag',
      },
      body: '# Body\ntext: not front matter\n',
    });
  });

  it('treats a file without a leading --- as all body', () => {
    expect(parse('Just text.\n---\nmore')).toEqual({ data: {}, body: 'Just text.\n---\nmore' });
  });

  it('never builds objects from keys: __proto__ is just a key', () => {
    const r = parseFrontMatter('---\n__proto__: polluted\n---\n');
    expect('message' in r ? r : r.data.get('__proto__')).toBe('polluted');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names the line of a nested value, a duplicate key, an unclosed quote or a missing end', () => {
    const error = (text: string) => {
      const r = parseFrontMatter(text);
      return 'message' in r ? `${r.line}: ${r.message}` : 'parsed';
    };
    expect(error('---\ntags:\n  - a\n---\n')).toMatch(/^3: Nested or indented/);
    expect(error('---\nid: a\nid: b\n---\n')).toBe('3: "id" is given twice; keep one.');
    expect(error('---\ntitle: "open\n---\n')).toBe(
      '2: The value of "title" has an unclosed quote.',
    );
    expect(error('---\ntitle: x\n')).toMatch(
      /^1: The front matter opened with --- on line 1 never closes/,
    );
  });

  it('writes values that read back exactly', () => {
    for (const value of ['plain', 'with: colon', 'quote\'s "both"', 'hash # sign', 'line\nbreak']) {
      expect(parse(`---\nv: ${frontMatterValue(value)}\n---\n`).data.v).toBe(value);
    }
  });
});
