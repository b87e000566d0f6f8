import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  desktop,
  launchChromium,
  openPage,
  phone,
  screenshot,
  signInToConsole,
  type RunningServer,
} from '../../test/browser.js';
import { seriousAxeFindings } from '../../test/axe.js';
import { PASSWORD } from '../../test/seed.js';
import { loadConfig } from '../config.js';
import { addMember } from '../core/users/add-member.js';
import { startServer } from '../server.js';

const ADMIN = 'ada.invites@hopfield.example';
const LAURA = 'laura.invites@hopfield.example';
const MESSAGE = 'Choosing a starter kit? Laura is here and can help you pick.';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  // A short presence grace period, so Laura counts as gone soon after she signs out.
  const config = loadConfig({
    DATABASE_URL: 'memory://',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
  });
  server = await startServer(config, { assetsDir: path.resolve('dist'), presenceGraceMs: 300 });
  browser = await launchChromium();
  const deps = { db: server.db, now: () => new Date() };
  const workspaceId = server.demo!.workspace.id;
  const add = (email: string, name: string, role: 'admin' | 'agent') =>
    addMember(deps, { workspaceId, email, name, role, password: PASSWORD });
  await add(ADMIN, 'Ada Admin', 'admin');
  await add(LAURA, 'Laura Lager', 'agent');
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const bubble = (page: Page) => page.getByRole('region', { name: 'Invitation' });

/** The store's next answer to "invite this visitor?" (the rule waits 2 s on the page). */
const nextDecision = (page: Page) =>
  page
    .waitForResponse((r) => r.url().includes('/api/widget/invitations/evaluate'))
    .then(async (r) => ((await r.json()) as { invitation: unknown }).invitation);

/** Laura opens the console in a browser of her own: from then on she counts as online. */
async function lauraSignsIn(): Promise<BrowserContext> {
  const { context, page } = await openPage(browser, desktop, server.url + '/console/');
  const socket = page.waitForEvent('websocket');
  await signInToConsole(page, LAURA, { lands: 'Inbox' });
  await socket;
  await page.waitForTimeout(300);
  return context;
}

/** The label of what has focus, looking into the widget's shadow root. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el === document.body ? 'body' : (el?.getAttribute('aria-label') ?? el?.textContent);
  });

describe('proactive invitations on the demo store, in a real browser', () => {
  it('an admin writes a rule; the store invites only while Laura is online with room', async () => {
    const admin = await openPage(browser, desktop, server.url + '/console/settings/invitations');
    await signInToConsole(admin.page, ADMIN, { lands: 'Proactive invitations' });
    await admin.page.getByRole('button', { name: 'New rule' }).click();
    const form = admin.page.getByRole('form', { name: 'New invitation rule' });
    await form.getByLabel('Name').fill('Hesitating shoppers');
    await form.getByLabel('Message in the bubble').fill(MESSAGE);
    await form.getByLabel('Seconds on page').fill('2');
    await form.getByLabel('Holdout (% never shown)').fill('0');
    await screenshot(admin.page, 'invitations-console-rule-form');
    await form.getByRole('button', { name: 'Save rule' }).click();
    await admin.page.getByText('Saved “Hesitating shoppers”').waitFor();
    // Ada's open console makes her an agent online too; an agent who is away does not count.
    await admin.page.getByRole('button', { name: 'Available' }).click();
    await admin.page.getByRole('button', { name: 'Away' }).waitFor();
    await admin.context.close();

    // Nobody online: the store stays quiet.
    const visitor = await openPage(browser, desktop, server.url + '/');
    expect(await nextDecision(visitor.page)).toBeNull();
    expect(await bubble(visitor.page).count()).toBe(0);
    await screenshot(visitor.page, 'invitations-store-nobody-online', { fullPage: false });

    // Laura signs in: the next page view invites, without taking focus from the page.
    const laura = await lauraSignsIn();
    const decided = nextDecision(visitor.page);
    await visitor.page.reload();
    expect(await decided).toMatchObject({ message: MESSAGE, offer: 'person' });
    await bubble(visitor.page).getByText(MESSAGE).waitFor();
    expect(await focused(visitor.page)).toBe('body');
    // axe measures colours as drawn: halfway through its fade-in the bubble is paler than it is.
    await bubble(visitor.page).evaluate((el) =>
      Promise.all(
        (el.getRootNode() as ShadowRoot | Document).getAnimations().map((a) => a.finished),
      ),
    );
    expect(await seriousAxeFindings(visitor.page)).toEqual([]);
    await screenshot(visitor.page, 'invitations-store-invited', { fullPage: false });

    // Keyboard: the invitation sits just before the help button in the tab order.
    await visitor.page.keyboard.press('Shift+Tab');
    expect(await focused(visitor.page)).toBe('Help');
    await visitor.page.keyboard.press('Shift+Tab');
    expect(await focused(visitor.page)).toBe('Dismiss invitation');
    await visitor.page.keyboard.press('Shift+Tab');
    expect(await focused(visitor.page)).toBe('Chat with us');

    // Laura leaves: after her grace period the invitation withdraws itself.
    await laura.close();
    await bubble(visitor.page).waitFor({ state: 'detached', timeout: 20_000 });
    await screenshot(visitor.page, 'invitations-store-withdrawn', { fullPage: false });
    expect(visitor.errors).toEqual([]);
    await visitor.context.close();
  });

  it('accepting opens a chat with the team; dismissing one is reported; motion can be off', async () => {
    const laura = await lauraSignsIn();
    const context = await browser.newContext({ ...phone, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(server.url + '/');
    await bubble(page).getByText(MESSAGE).waitFor();
    const animation = await page
      .locator('[data-parley]')
      .evaluate((host) => getComputedStyle(host.shadowRoot!.querySelector('.iv')!).animationName);
    expect(animation).toBe('none');
    await screenshot(page, 'invitations-phone-invited', { fullPage: false });

    await page.getByRole('button', { name: 'Chat with us' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ask a question' });
    await dialog.waitFor();
    await dialog.getByText(MESSAGE).waitFor();
    await page.getByLabel('Message', { exact: true }).fill('Which kit for a first IPA?');
    await page.keyboard.press('Enter');
    await dialog.getByText('Sent').waitFor();
    await screenshot(page, 'invitations-phone-accepted', { fullPage: false });

    const other = await openPage(browser, desktop, server.url + '/');
    await bubble(other.page).getByText(MESSAGE).waitFor();
    // Escape dismisses it from the keyboard; focus goes to the help button, not the page top.
    await other.page.keyboard.press('Shift+Tab');
    await other.page.keyboard.press('Shift+Tab');
    expect(await focused(other.page)).toBe('Dismiss invitation');
    await other.page.keyboard.press('Escape');
    await bubble(other.page).waitFor({ state: 'detached' });
    expect(await focused(other.page)).toBe('Help');

    const admin = await openPage(browser, desktop, server.url + '/console/settings/invitations');
    await signInToConsole(admin.page, ADMIN, { lands: 'Proactive invitations' });
    const card = admin.page.getByRole('article', { name: /Hesitating shoppers/ });
    await expect
      .poll(
        async () => {
          await admin.page.reload();
          const text = await card.innerText();
          return /Conversations started\s*1/.test(text) && /Dismissed\s*1/.test(text);
        },
        { timeout: 15_000 },
      )
      .toBe(true);
    await screenshot(admin.page, 'invitations-console-report');
    for (const c of [context, other.context, admin.context, laura]) await c.close();
  });
});
