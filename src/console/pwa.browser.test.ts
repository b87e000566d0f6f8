import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  desktop,
  launchChromium,
  openPage,
  startParley,
  type RunningServer,
} from '../../test/browser.js';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startParley();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the console as an installable web app', () => {
  it('the console is installable: a manifest and a service worker scoped to /console/', async () => {
    const { context, page } = await openPage(browser, desktop, `${server.url}/console/`);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = await (await page.request.get(server.url + href)).json();
    expect(manifest).toMatchObject({ name: 'Parley', start_url: '/console/', scope: '/console/' });
    expect(manifest.display).toBe('standalone');
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(`${server.url}/console/`);
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
