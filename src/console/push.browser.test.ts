import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { addMember } from '../core/users/add-member.js';
import { PASSWORD } from '../../test/seed.js';
import {
  openPage,
  phone,
  screenshot,
  signInToConsole,
  useParleyAndChromium,
} from '../../test/browser.js';

const env = useParleyAndChromium();
const EMAIL = 'pia.push@hopfield.example';

beforeAll(async () => {
  const deps = { db: env.server.db, now: () => new Date() };
  const workspaceId = env.server.demo!.workspace.id;
  await addMember(deps, {
    workspaceId,
    email: EMAIL,
    name: 'Pia',
    role: 'agent',
    password: PASSWORD,
  });
});

const signIn = (page: Page) => signInToConsole(page, EMAIL, { lands: 'Inbox' });

/**
 * Headless Chromium has no push service to subscribe with, so the push itself is handed to the
 * service worker through the DevTools protocol, exactly as a push service delivery arrives.
 */
async function deliverPush(page: Page, payload: unknown) {
  const cdp = await page.context().newCDPSession(page);
  const registrationId = new Promise<string>((resolve) =>
    cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
      const found = registrations.find((r) => r.scopeURL.endsWith('/console/') && !r.isDeleted);
      if (found) resolve(found.registrationId);
    }),
  );
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.deliverPushMessage', {
    origin: env.server.url,
    registrationId: await registrationId,
    data: JSON.stringify(payload),
  });
}

const shownNotifications = (page: Page) =>
  page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return (await registration.getNotifications()).map((n) => ({
      title: n.title,
      body: n.body,
      tag: n.tag,
      url: (n.data as { url: string }).url,
    }));
  });

describe('Web Push in the console', () => {
  it('a push for a customer message becomes one notification per conversation', async () => {
    const { context, page, errors } = await openPage(
      env.browser,
      phone,
      `${env.server.url}/console/`,
    );
    await context.grantPermissions(['notifications'], { origin: env.server.url });
    await signIn(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    const id = '7d4f1c2e-0000-4000-8000-000000000001';
    const push = (body: string) =>
      deliverPush(page, { title: 'Mia wrote', body, url: `/console/conversations/${id}`, tag: id });
    await push('<img src=x onerror=alert(1)> Is the kit in stock?');
    await push('Hello? Still there?');
    await expect
      .poll(() => shownNotifications(page))
      .toEqual([
        {
          title: 'Mia wrote',
          body: 'Hello? Still there?',
          tag: id,
          url: `/console/conversations/${id}`,
        },
      ]);
    // A payload pointing off the console is never opened.
    await deliverPush(page, { title: 'x', body: 'y', url: 'https://evil.example/', tag: 'other' });
    await expect
      .poll(async () => (await shownNotifications(page)).find((n) => n.tag === 'other')?.url)
      .toBe('/console/');

    await page.getByRole('link', { name: 'Settings' }).first().click();
    const section = page.getByRole('region', { name: 'Notifications on this device' });
    await section.getByRole('button', { name: 'Turn on notifications' }).waitFor();
    await section.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await screenshot(page, 'console-phone-notifications', { fullPage: false });
    expect(errors).toEqual([]);
    await context.close();
  });
});
