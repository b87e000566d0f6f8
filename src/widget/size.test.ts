import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

// dist/ is built by the vitest globalSetup before any test runs.
const gzipped = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

describe('the widget stays small', () => {
  it('the loader is at most 3 KB gzipped and everything it loads at most 30 KB', () => {
    const loader = gzipped('dist/widget.js');
    const panels = readdirSync('dist/widget').filter((f) => /^panel-.+\.js$/.test(f));
    expect(panels).toHaveLength(1);
    const panel = gzipped(`dist/widget/${panels[0]}`);
    expect(loader).toBeLessThanOrEqual(3 * 1024);
    expect(loader + panel).toBeLessThanOrEqual(30 * 1024);
  });

  it('the loader names the panel it was built with', () => {
    const [panel] = readdirSync('dist/widget').filter((f) => /^panel-.+\.js$/.test(f));
    expect(readFileSync('dist/widget.js', 'utf8')).toContain(`/widget/${panel}`);
  });
});
