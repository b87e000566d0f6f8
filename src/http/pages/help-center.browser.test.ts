import { describe, expect, it } from 'vitest';
import { seriousAxeFindings } from '../../../test/axe.js';
import { listKbArticles } from '../../core/kb/get-article.js';
import {
  desktop,
  hasNoHorizontalOverflow,
  openPage,
  phone,
  screenshot,
  useParleyAndChromium,
} from '../../../test/browser.js';

const env = useParleyAndChromium();

const helpfulCount = async (slug: string) => {
  const workspaceId = env.server.demo!.workspace.id;
  const articles = await listKbArticles(env.server, { workspaceId, limit: 200 });
  return articles.find((a) => a.slug === slug)!.helpful;
};

describe('the demo help center on a phone', () => {
  it('a reader finds an article with a typo, reads it, and says it helped', async () => {
    const { context, page, errors } = await openPage(env.browser, phone, env.server.url + '/');
    await screenshot(page, 'help-center-phone-storefront', { fullPage: false });
    await page.getByRole('link', { name: 'Help center' }).click();
    await page.getByRole('heading', { name: 'How can we help?' }).waitFor();
    expect(await page.title()).toBe('Hopfield Homebrew Help Center');
    expect(await hasNoHorizontalOverflow(page)).toBe(true);
    expect(await seriousAxeFindings(page)).toEqual([]);
    await screenshot(page, 'help-center-phone-home');

    const search = page.getByRole('searchbox', { name: 'Search the help center' });
    await search.fill('how do I stroe yaest');
    await search.press('Enter');
    await page.getByRole('heading', { name: /Results for/ }).waitFor();
    const result = page.getByRole('link', { name: 'How to store yeast' });
    expect(await result.locator('mark').allTextContents()).toEqual(['store', 'yeast']);
    expect(await seriousAxeFindings(page)).toEqual([]);
    await screenshot(page, 'help-center-phone-search');

    await result.click();
    await page.getByRole('heading', { level: 1, name: 'How to store yeast' }).waitFor();
    const slug = new URL(page.url()).pathname.split('/').at(-1)!;
    expect(await page.locator('link[rel=canonical]').getAttribute('href')).toBe(page.url());
    expect(await page.getByRole('navigation', { name: 'Breadcrumb' }).textContent()).toContain(
      'Brewing help',
    );
    expect(await hasNoHorizontalOverflow(page)).toBe(true);
    expect(await seriousAxeFindings(page)).toEqual([]);
    await screenshot(page, 'help-center-phone-article');

    const before = await helpfulCount(slug);
    await page.getByRole('button', { name: 'Yes' }).click();
    await page.getByRole('status').getByText('Thanks for letting us know!').waitFor();
    expect(await helpfulCount(slug)).toBe(before + 1);
    expect(await seriousAxeFindings(page)).toEqual([]);
    await page.locator('#feedback').scrollIntoViewIfNeeded();
    await screenshot(page, 'help-center-phone-thanks', { fullPage: false });

    expect(errors).toEqual([]);
    await context.close();
  });

  it('"Ask us" opens the widget, which works under the help center\'s CSP', async () => {
    const key = env.server.demo!.workspace.public_key;
    const { context, page, errors } = await openPage(
      env.browser,
      phone,
      `${env.server.url}/help/${key}/search?q=spaceship`,
    );
    await page.getByText('No articles match your search.').waitFor();
    await page
      .getByRole('link', { name: /ask Hopfield Homebrew/i })
      .first()
      .click();
    await page.getByRole('dialog', { name: 'How can we help?' }).waitFor();
    await screenshot(page, 'help-center-phone-no-results-widget', { fullPage: false });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reads well on a laptop too', async () => {
    const key = env.server.demo!.workspace.public_key;
    const home = `${env.server.url}/help/${key}`;
    const { context, page, errors } = await openPage(env.browser, desktop, home);
    expect(await seriousAxeFindings(page)).toEqual([]);
    await screenshot(page, 'help-center-desktop-home');
    await page.getByRole('link', { name: "What's in the Starter Brew Kit" }).click();
    await page.getByRole('heading', { level: 1, name: "What's in the Starter Brew Kit" }).waitFor();
    expect(await hasNoHorizontalOverflow(page)).toBe(true);
    await screenshot(page, 'help-center-desktop-article');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('serves a sitemap that a browser parses as XML, listing the demo articles', async () => {
    const key = env.server.demo!.workspace.public_key;
    const { context, page } = await openPage(env.browser, phone, `${env.server.url}/help/${key}`);
    const parsed = await page.evaluate(async (url) => {
      const xml = await (await fetch(url)).text();
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      return {
        broken: doc.getElementsByTagName('parsererror').length > 0,
        urls: doc.getElementsByTagName('url').length,
        lastmods: doc.getElementsByTagName('lastmod').length,
      };
    }, `${env.server.url}/help/${key}/sitemap.xml`);
    expect(parsed.broken).toBe(false);
    expect(parsed.urls).toBeGreaterThan(5);
    expect(parsed.lastmods).toBe(parsed.urls);
    await context.close();
  });
});
