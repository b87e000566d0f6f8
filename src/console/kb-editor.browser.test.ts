import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousAxeFindings } from '../../test/axe.js';
import { addMember } from '../core/users/add-member.js';
import { PASSWORD } from '../../test/seed.js';
import {
  desktop,
  hasNoHorizontalOverflow,
  openPage,
  phone,
  screenshot,
  signInToConsole,
  useParleyAndChromium,
} from '../../test/browser.js';

const env = useParleyAndChromium();
const ADMIN = 'ada.admin@hopfield.example';
const AGENT = 'arno.agent@hopfield.example';
const TITLE = 'Returning a dented kettle';
const FIRST_TEXT =
  '## How to return\n\nSend the dented kettle back within **30 days**.\n\n<script>window.__pwned=1</script>';

beforeAll(async () => {
  const deps = { db: env.server.db, now: () => new Date() };
  const workspaceId = env.server.demo!.workspace.id;
  const add = (email: string, name: string, role: 'admin' | 'agent') =>
    addMember(deps, { workspaceId, email, name, role, password: PASSWORD });
  await add(ADMIN, 'Ada Admin', 'admin');
  await add(AGENT, 'Arno Agent', 'agent');
});

const signIn = (page: Page, email = ADMIN) => signInToConsole(page, email);

const heading = (page: Page, name: string) =>
  page.getByRole('heading', { level: 1, name, exact: true });
const body = (page: Page) => page.getByLabel('Article text (Markdown)');
const notice = (page: Page, text: string | RegExp) =>
  page.locator('.notice').filter({ hasText: text }).waitFor();

describe('the knowledge-base editor in a real browser', () => {
  it('an admin on a phone writes, previews, publishes, edits, restores and imports articles', async () => {
    const { context, page, errors } = await openPage(
      env.browser,
      phone,
      env.server.url + '/console/',
    );
    await signIn(page);
    await page.getByRole('link', { name: 'Articles', exact: true }).click();
    await heading(page, 'Articles').waitFor();
    expect(await hasNoHorizontalOverflow(page)).toBe(true);

    await page.getByRole('link', { name: 'New article' }).click();
    await heading(page, 'New article').waitFor();
    await page.getByLabel('Title').fill(TITLE);
    await page.getByLabel('Category').fill('Orders');
    await body(page).fill(FIRST_TEXT);
    await page.getByRole('button', { name: 'Create article' }).click();
    await notice(page, 'Saved. Draft, version 1.');
    await page.waitForURL(/\/console\/articles\/[0-9a-f-]{36}$/);
    await page.getByRole('button', { name: 'Saved' }).waitFor();
    await screenshot(page, 'kb-phone-saved', { fullPage: false });

    await page.getByRole('button', { name: 'Preview' }).click();
    const preview = page.getByRole('region', { name: 'Preview' });
    await preview.getByRole('heading', { name: 'How to return' }).waitFor();
    expect(await preview.locator('strong').textContent()).toBe('30 days');
    expect(await preview.textContent()).toContain('<script>window.__pwned=1</script>');
    expect(await preview.locator('script').count()).toBe(0);
    expect(await page.evaluate(() => 'pwned' in window || '__pwned' in window)).toBe(false);
    expect(await hasNoHorizontalOverflow(page)).toBe(true);
    await preview.scrollIntoViewIfNeeded();
    await screenshot(page, 'kb-phone-preview', { fullPage: false });

    await page.getByRole('button', { name: 'Write' }).click();
    await page.getByRole('radio', { name: /Published/ }).check();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await notice(page, 'Saved. Published, version 1.');
    const key = env.server.demo!.workspace.public_key;
    const helpLink = page.getByRole('link', { name: /View on the help center/ });
    expect(await helpLink.getAttribute('href')).toBe(
      `/help/${key}/articles/returning-a-dented-kettle`,
    );

    await body(page).fill('## How to return\n\nSend the dented kettle back within **14 days**.');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await notice(page, 'Saved. Published, version 2.');

    const history = page.getByRole('list', { name: 'Versions' });
    await history.getByRole('button', { name: 'View version 1' }).click();
    await history.getByText('back within **30 days**.', { exact: false }).waitFor();
    await history.getByRole('button', { name: 'Restore version 1' }).click();
    await history.getByRole('button', { name: 'Yes, restore' }).click();
    await notice(page, 'Version 1 restored as version 3.');
    expect(await body(page).inputValue()).toBe(FIRST_TEXT);
    await history.getByText('Version 3 (current)').waitFor();
    expect(await history.getByRole('button', { name: /^View version/ }).count()).toBe(2);
    expect(await hasNoHorizontalOverflow(page)).toBe(true);
    await history.scrollIntoViewIfNeeded();
    await screenshot(page, 'kb-phone-history', { fullPage: false });
    await screenshot(page, 'kb-phone-editor');

    await page.getByRole('link', { name: '← All articles' }).click();
    await heading(page, 'Articles').waitFor();
    await page.getByLabel('Search articles').fill('dented kettle');
    const rows = page.getByRole('list', { name: 'Articles' }).getByRole('listitem');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain(TITLE);
    expect(await rows.first().textContent()).toContain('Published');
    await screenshot(page, 'kb-phone-list', { fullPage: false });

    await page.getByRole('link', { name: 'Import', exact: true }).click();
    await heading(page, 'Import articles').waitFor();
    const jsonl = [
      {
        id: 'ada/kegs',
        title: 'Keg deposits',
        content: 'We refund the deposit.',
        category: 'Orders',
      },
      { id: 'ada/yeast', title: 'Yeast in summer', content: 'Keep it **cold**.' },
    ]
      .map((line) => JSON.stringify(line))
      .join('\n');
    await page.getByLabel('A .jsonl file').setInputFiles({
      name: 'articles.jsonl',
      mimeType: 'application/jsonl',
      buffer: Buffer.from(jsonl),
    });
    await expect.poll(() => page.getByLabel('Or paste the lines').inputValue()).toBe(jsonl);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await notice(page, 'Import finished: 2 created, 0 updated, 0 unchanged, 0 errors.');
    const report = page.getByRole('list', { name: 'Lines' });
    expect(await report.getByText('Created').count()).toBe(2);
    await report.getByText('Yeast in summer').waitFor();

    await page.getByLabel('Or paste the lines').fill(`${jsonl}\nnot json`);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await notice(page, 'Import finished: 0 created, 0 updated, 2 unchanged, 1 error.');
    await report.getByText('Not valid JSON').waitFor();
    expect(await hasNoHorizontalOverflow(page)).toBe(true);
    await screenshot(page, 'kb-phone-import');

    expect(errors).toEqual([]);
    await context.close();
  });

  it('on a desktop the list and the editor sit beside the sidebar and pass axe', async () => {
    const { context, page, errors } = await openPage(
      env.browser,
      desktop,
      env.server.url + '/console/articles',
    );
    await signIn(page);
    await page.getByRole('link', { name: 'Articles', exact: true }).click();
    await heading(page, 'Articles').waitFor();
    await page.getByRole('link', { name: TITLE }).waitFor();
    await screenshot(page, 'kb-desktop-list');
    expect(await seriousAxeFindings(page)).toEqual([]);

    await page.getByRole('link', { name: TITLE }).click();
    await heading(page, TITLE).waitFor();
    await page.getByRole('button', { name: 'Saved' }).waitFor();
    await screenshot(page, 'kb-desktop-editor', { fullPage: false });
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByRole('region', { name: 'Preview' }).getByRole('heading').first().waitFor();
    await screenshot(page, 'kb-desktop-preview', { fullPage: false });
    expect(await seriousAxeFindings(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an agent reads an article and previews it, with nothing to change or import', async () => {
    const { context, page, errors } = await openPage(
      env.browser,
      phone,
      env.server.url + '/console/articles',
    );
    await signIn(page, AGENT);
    await heading(page, 'Articles').waitFor();
    expect(await page.getByRole('link', { name: 'New article' }).count()).toBe(0);
    await page.getByRole('link', { name: TITLE }).click();
    await heading(page, TITLE).waitFor();
    await page.getByText('Only owners and admins can change articles').waitFor();
    expect(await page.getByLabel('Title').getAttribute('readonly')).not.toBeNull();
    expect(await page.getByRole('radio', { name: /Draft/ }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: /Save|Saved|Delete/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByRole('region', { name: 'Preview' }).getByText('30 days').waitFor();
    expect(await page.getByRole('button', { name: /Restore/ }).count()).toBe(0);
    expect(await hasNoHorizontalOverflow(page)).toBe(true);
    await screenshot(page, 'kb-phone-agent', { fullPage: false });
    expect(errors).toEqual([]);
    await context.close();
  });
});
