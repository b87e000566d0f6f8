import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv.js';

describe('CSV cells', () => {
  it('prefix a quote to every cell a spreadsheet would read as a formula', () => {
    for (const cell of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) {
      expect(csvField(cell).replace(/^"/, '').startsWith(`'`), JSON.stringify(cell)).toBe(true);
    }
    expect(csvField('fine = good')).toBe('fine = good');
    expect(csvField(-3)).toBe('-3');
  });

  it('quote fields with commas, quotes or line breaks and double their quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('\rcarriage')).toBe(`"'\rcarriage"`);
    expect(csvField(null)).toBe('');
  });

  it('end every row with CRLF', () => {
    expect(
      toCsv([
        ['a', 1],
        ['b', null],
      ]),
    ).toBe('a,1\r\nb,\r\n');
  });
});
