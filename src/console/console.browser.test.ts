import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import {
  PHONE,
  desktop,
  hasNoHorizontalOverflow,
  openPage,
  phone,
  screenshot,
  useParleyAndChromium,
} from '../../test/browser.js';

// One server and one browser for the whole story: the owner's sign-in link exists exactly once,
// so the tests below run in order, the way the owner would live through them.
const OWNER_EMAIL = 'owner@hopfield.example';
const PASSWORD = 'brew day every saturday';

const env = useParleyAndChromium();

const open = (options: BrowserContextOptions, path: string) =>
  openPage(env.browser, options, env.server.url + path);

async function signIn(page: Page, password = PASSWORD) {
  await page.getByLabel('Email').fill(OWNER_EMAIL);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

const heading = (page: Page, name: string) => page.getByRole('heading', { name, exact: true });

describe('the agent console in a real browser', () => {
  it('the owner opens the one-time link on a phone, chooses a password and sees the workspace', async () => {
    const token = env.server.demo!.ownerLoginToken;
    const { context, page, errors } = await open(phone, `/console/#link=${token}`);
    await heading(page, 'Choose your password').waitFor();
    expect(page.url()).not.toContain(token);
    await screenshot(page, 'console-phone-choose-password');

    await page.getByLabel('New password', { exact: true }).fill('too short');
    await page.getByLabel('Repeat the password').fill('too short');
    await page.getByRole('button', { name: 'Save password and continue' }).click();
    await page.getByRole('alert').getByText('at least 10 characters').waitFor();

    await page.getByLabel('New password', { exact: true }).fill(PASSWORD);
    await page.getByLabel('Repeat the password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Save password and continue' }).click();
    await heading(page, 'Inbox').waitFor();
    const banner = page.getByRole('banner');
    expect(await banner.textContent()).toContain('Hopfield Homebrew');
    expect(await banner.textContent()).toContain('Hanna Hopfield · Owner');
    await page.getByText('No conversations yet').waitFor();

    const nav = await page.getByRole('navigation', { name: 'Main' }).boundingBox();
    expect(nav!.y + nav!.height).toBeCloseTo(PHONE.height, -1);
    expect(await hasNoHorizontalOverflow(page)).toBe(true);
    await screenshot(page, 'console-phone-inbox');

    await page.getByRole('link', { name: 'Team' }).click();
    await page.getByRole('list', { name: 'Team members' }).getByText('Champion').waitFor();
    expect(await hasNoHorizontalOverflow(page)).toBe(true);
    await screenshot(page, 'console-phone-team', { fullPage: false });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a one-time link cannot be used a second time', async () => {
    const token = env.server.demo!.ownerLoginToken;
    const { context, page } = await open(desktop, `/console/#link=${token}`);
    await page.getByRole('alert').getByText('already been used').waitFor();
    await heading(page, 'Sign in').waitFor();
    expect(page.url()).not.toContain(token);
    await screenshot(page, 'console-link-reused');
    await context.close();
  });

  it('an owner creates an API token on a phone and sees it exactly once', async () => {
    const { context, page, errors } = await open(phone, '/console/');
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await signIn(page);
    await page.getByRole('link', { name: 'Settings' }).click();
    await heading(page, 'Settings').waitFor();
    expect(page.url()).toMatch(/\/console\/settings$/);
    await page.getByText('Identity secret').waitFor();
    await screenshot(page, 'console-phone-settings-top', { fullPage: false });

    const snippet = await page.getByLabel('Widget install snippet').textContent();
    expect(snippet).toMatch(
      /^<script async src="http:\/\/.+\/widget\.js" data-workspace=".+"><\/script>$/,
    );
    const secret = page.getByTestId('identity-secret');
    expect(await secret.textContent()).toMatch(/^•+$/);
    await page.getByRole('button', { name: 'Reveal' }).click();
    expect(await secret.textContent()).not.toContain('•');
    await page.getByRole('button', { name: 'Hide' }).click();

    await page.getByLabel('Token name').fill('Order system');
    await page.getByRole('button', { name: 'Create token' }).click();
    const shown = (await page.getByTestId('new-token').textContent())!.trim();
    expect(shown.length).toBeGreaterThan(20);
    await page.getByText('It will not be shown again.').waitFor();
    await page.getByRole('button', { name: 'Copy token' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
    const row = page.getByRole('listitem').filter({ hasText: 'Order system' });
    const prefix = (await row.locator('code').textContent())!.replace('…', '');
    expect(shown.startsWith(prefix)).toBe(true);
    expect(await hasNoHorizontalOverflow(page)).toBe(true);
    await page.getByText('It will not be shown again.').scrollIntoViewIfNeeded();
    await screenshot(page, 'console-phone-settings', { fullPage: false });

    await page.reload();
    await heading(page, 'Settings').waitFor();
    await row.waitFor();
    expect(await page.getByTestId('new-token').count()).toBe(0);
    expect(await page.content()).not.toContain(shown);
    expect(await row.textContent()).toContain(`${prefix}…`);

    await row.getByRole('button', { name: 'Revoke Order system' }).click();
    await row.getByRole('button', { name: 'Yes, revoke' }).click();
    await row.getByText('Revoked').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a wrong password shows a clear error and keeps the person on the sign-in screen', async () => {
    const { context, page } = await open(desktop, '/console/');
    await signIn(page, 'not my password at all');
    const alert = page.getByRole('alert');
    await alert.getByText('That email and password do not match').waitFor();
    expect(await page.getByLabel('Password').inputValue()).toBe('');
    await screenshot(page, 'console-login-error');
    await context.close();
  });

  it('the owner signs out and signs back in with the new password on a desktop', async () => {
    const { context, page, errors } = await open(desktop, '/console/team');
    await signIn(page);
    await heading(page, 'Team').waitFor();
    const members = page.getByRole('list', { name: 'Team members' });
    await members.getByText('Laura', { exact: true }).waitFor();
    for (const role of ['Owner', 'Agent', 'Champion']) {
      expect(await members.getByText(role, { exact: true }).count()).toBe(1);
    }
    const nav = await page.getByRole('navigation', { name: 'Main' }).boundingBox();
    expect(nav!.x).toBeLessThan(10);
    expect(nav!.width).toBeLessThan(260);
    await screenshot(page, 'console-desktop-team');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await heading(page, 'Sign in').waitFor();
    await page.reload();
    await heading(page, 'Sign in').waitFor();
    await signIn(page);
    await heading(page, 'Team').waitFor();
    await page.getByRole('link', { name: 'Settings' }).click();
    await heading(page, 'Settings').waitFor();
    await screenshot(page, 'console-desktop-settings');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('five wrong passwords lock the account and the message says for how long', async () => {
    const { context, page } = await open(phone, '/console/');
    for (let attempt = 1; attempt <= 4; attempt++) {
      await signIn(page, `wrong guess number ${attempt}`);
      await page.getByRole('alert').getByText('do not match').waitFor();
    }
    await signIn(page, 'wrong guess number 5');
    await page
      .getByRole('alert')
      .getByText(/locked for 15 more minute/)
      .waitFor();
    await signIn(page);
    await page
      .getByRole('alert')
      .getByText(/locked for \d+ more minute/)
      .waitFor();
    expect(await hasNoHorizontalOverflow(page)).toBe(true);
    await screenshot(page, 'console-phone-locked');
    await context.close();
  });

  it('the storefront at / shows the products', async () => {
    const { context, page, errors } = await open(desktop, '/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.locator('li.card').count()).toBeGreaterThan(3);
    await page.getByText('Starter Brew Kit').waitFor();
    await screenshot(page, 'storefront-desktop');
    expect(errors).toEqual([]);
    await context.close();
  });
});
