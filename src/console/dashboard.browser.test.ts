import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousAxeFindings } from '../../test/axe.js';
import { PASSWORD, seedWorkspace, unique } from '../../test/seed.js';
import {
  desktop,
  hasNoHorizontalOverflow,
  openPage,
  phone,
  screenshot,
  signInToConsole,
  useParleyAndChromium,
} from '../../test/browser.js';
import { seedDashboard } from '../core/dashboard/dashboard.test-helpers.js';
import { addMember } from '../core/users/add-member.js';

const env = useParleyAndChromium();
const ADMIN = `${unique('ada.admin')}@hopfield.example`;

beforeAll(async () => {
  // A workspace of its own, with the answers the dashboard's API tests work out by hand.
  const deps = { db: env.server.db, now: () => new Date(), sessionTtlMs: 3_600_000 };
  const workspace = await seedWorkspace(deps);
  const admin = await addMember(deps, {
    workspaceId: workspace.id,
    email: ADMIN,
    name: 'Ada Admin',
    role: 'admin',
    password: PASSWORD,
  });
  await seedDashboard(deps, workspace.id, admin.userId);
});

const nps = (page: Page) => page.getByRole('article', { name: 'Net Promoter Score' });

/** How many of the dashboard's canvases have something drawn on them. */
const drawnCharts = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLCanvasElement>('.dashboard canvas')].map((c) => {
      if (!c.width || !c.height) return false;
      const pixels = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      return pixels.some((v, i) => i % 4 === 3 && v > 0);
    }),
  );

describe('the voice-of-the-customer dashboard in a real browser', () => {
  it('an admin on a desktop opens it from Feedback, reads NPS and charts, and filters by team', async () => {
    const { context, page, errors } = await openPage(
      env.browser,
      desktop,
      env.server.url + '/console/',
    );
    await signInToConsole(page, ADMIN);
    await page.getByRole('link', { name: 'Feedback', exact: true }).click();
    await page.getByRole('link', { name: 'Open the dashboard' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await nps(page).locator('.dash-figure strong').getByText('29', { exact: true }).waitFor();
    expect(await nps(page).textContent()).toContain('7 answers');
    const drawn = await drawnCharts(page);
    expect(drawn.length).toBeGreaterThanOrEqual(8);
    expect(drawn.every(Boolean)).toBe(true);
    const csat = page.getByRole('article', { name: 'CSAT' });
    expect(await csat.locator('.dash-figure strong').textContent()).toBe('3.5');
    // Every chart says what it shows in words.
    expect(await page.locator('.dashboard canvas:not([aria-label])').count()).toBe(0);
    await screenshot(page, 'dashboard-desktop');

    await page.getByLabel('Team').selectOption({ label: 'Team alpha' });
    await nps(page).locator('.dash-figure strong').getByText('25', { exact: true }).waitFor();
    expect(await nps(page).textContent()).toContain('4 answers');
    expect(page.url()).toMatch(/[?&]team=[0-9a-f-]{36}/);
    const href = await page.getByRole('link', { name: 'Export CSV' }).getAttribute('href');
    expect(href).toMatch(/^\/api\/console\/dashboard\/export\.csv\?from=.+&team=[0-9a-f-]{36}$/);
    expect(await seriousAxeFindings(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an admin on a phone opens a shared link with a channel, sees it fit the screen, and widens it', async () => {
    const url = env.server.url + '/console/feedback/dashboard?channel=email';
    const { context, page, errors } = await openPage(env.browser, phone, url);
    await signInToConsole(page, ADMIN, { lands: 'Dashboard' });
    await nps(page).locator('.dash-figure strong').getByText('0', { exact: true }).waitFor();
    expect(await page.getByLabel('Channel').inputValue()).toBe('email');
    await page.getByLabel('Channel').selectOption('');
    await nps(page).locator('.dash-figure strong').getByText('29', { exact: true }).waitFor();
    expect(page.url()).not.toContain('channel=');
    expect((await drawnCharts(page)).every(Boolean)).toBe(true);
    const widths = await page.evaluate(() =>
      [...document.querySelectorAll('.dashboard canvas')].map(
        (c) => c.getBoundingClientRect().width,
      ),
    );
    expect(Math.max(...widths)).toBeLessThanOrEqual(390);
    expect(Math.min(...widths)).toBeGreaterThan(200);
    expect(await hasNoHorizontalOverflow(page)).toBe(true);
    await screenshot(page, 'dashboard-phone');
    await screenshot(page, 'dashboard-phone-top', { fullPage: false });

    // The picker sits just below the sticky top bar; from the top of the page nothing covers it.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('radio', { name: 'Custom' }).check();
    await page.getByLabel('First day', { exact: true }).fill('2020-01-01');
    await page.getByLabel('Last day', { exact: true }).fill('2020-01-31');
    await page.getByRole('heading', { name: 'No answers in this period' }).waitFor();
    expect(page.url()).toContain('period=custom&from=2020-01-01&to=2020-01-31');
    await screenshot(page, 'dashboard-phone-empty', { fullPage: false });
    expect(errors).toEqual([]);
    await context.close();
  });
});
