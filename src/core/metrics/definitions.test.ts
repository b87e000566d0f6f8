import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { METRIC_DEFINITIONS } from '../../shared/metric-definitions.js';

/** The doc with its quote markers and line breaks folded, as a person reads it. */
const doc = readFileSync('docs/metrics.md', 'utf8').replace(/^> ?/gm, '').replace(/\s+/g, ' ');

describe('the written definitions', () => {
  it('the console shows word for word the one-line definitions of docs/metrics.md', () => {
    for (const [name, sentence] of Object.entries(METRIC_DEFINITIONS)) {
      expect(doc, name).toContain(sentence);
    }
  });

  it('the README links to them', () => {
    expect(readFileSync('README.md', 'utf8')).toContain('(docs/metrics.md)');
  });
});
