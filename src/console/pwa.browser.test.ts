import { describe, expect, it } from 'vitest';
import { desktop, openPage, useParleyAndChromium } from '../../test/browser.js';

const env = useParleyAndChromium();

describe('the console as an installable web app', () => {
  it('the console is installable: a manifest and a service worker scoped to /console/', async () => {
    const { context, page } = await openPage(env.browser, desktop, `${env.server.url}/console/`);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = await (await page.request.get(env.server.url + href)).json();
    expect(manifest).toMatchObject({ name: 'Parley', start_url: '/console/', scope: '/console/' });
    expect(manifest.display).toBe('standalone');
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(`${env.server.url}/console/`);
    await page.reload();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    const cached = await page.evaluate(async () => {
      const cache = await caches.open((await caches.keys())[0]!);
      return (await cache.keys()).map((r) => new URL(r.url).pathname);
    });
    expect(cached).toContain('/console/');
    expect(cached.filter((p) => p.startsWith('/api/'))).toEqual([]);
    await context.close();
  });
});
