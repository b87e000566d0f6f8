import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('the console and storefront pages', () => {
  it('serves the console shell for any console path, with a strict content security policy', async () => {
    for (const path of ['/console', '/console/', '/console/team']) {
      const res = await t.fetch(path);
      expect(res.status).toBe(200);
      expect(await res.text()).toMatch(/<div id="app"><\/div>/);
      expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
      expect(res.headers.get('cache-control')).toBe('no-cache');
    }
  });

  it('caches content-hashed assets for a year', async () => {
    const html = await (await t.fetch('/console/')).text();
    const script = html.match(/src="(\/console\/assets\/app-[^"]+\.js)"/)![1]!;
    const res = await t.fetch(script);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(res.headers.get('cache-control')).toMatch(/immutable/);
  });

  it('never serves a file outside the console folder', async () => {
    for (const path of ['/console/..%2f..%2fpackage.json', '/console/%2e%2e/parley.js']) {
      const body = await (await t.fetch(path)).text();
      expect(body).not.toMatch(/"name": "parley"|startServer/);
    }
  });

  it('answers an unknown path with a JSON 404 that names it', async () => {
    const res = await t.fetch('/nope');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      error: { code: 'not_found', message: 'Nothing at GET /nope.' },
    });
  });
});
