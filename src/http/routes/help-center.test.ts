import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../core/demo/seed-demo.js';
import { DEMO_ARTICLES } from '../../core/demo/demo-articles.js';
import { createArticle } from '../../core/kb/create-article.js';
import type { KbArticle, KbStatus } from '../../shared/schemas/kb.js';
import { seedWorkspace, unique } from '../../../test/seed.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { helpCenterRoutes } from './help-center.js';

let t: TestApp;
let key: string;
let workspaceId: string;
let yeast: KbArticle;
let draft: KbArticle;
let otherArticle: KbArticle;

async function article(
  wsId: string,
  title: string,
  bodyMd: string,
  options: { status?: KbStatus; category?: string } = {},
) {
  return createArticle(t.core, {
    workspaceId: wsId,
    article: { title, bodyMd, locale: 'en', category: options.category ?? 'Brewing help' },
    editor: { userId: null, label: 'test' },
    status: options.status ?? 'published',
  });
}

beforeAll(async () => {
  t = await createTestApp();
  const ws = await seedWorkspace(t.core, unique('Brew Shop'));
  key = ws.public_key;
  workspaceId = ws.id;
  yeast = await article(
    ws.id,
    'How to store yeast',
    '# How to store yeast\n\nKeep dry yeast sachets in the **fridge** at 2 to 8 °C. Liquid yeast must stay cold and is best used within three months.',
  );
  await article(ws.id, 'Yeast starters for old liquid yeast', 'A starter wakes up old yeast.');
  await article(ws.id, 'Shipping times', 'Parcels arrive in two working days.', {
    category: 'Orders & shipping',
  });
  draft = await article(ws.id, 'Secret winter sale', 'Forty percent off everything.', {
    status: 'draft',
  });
  const other = await seedWorkspace(t.core);
  otherArticle = await article(other.id, 'Other shop returns policy', 'Returns within 14 days.');
});
afterAll(() => t.close());

const page = async (path: string, init?: RequestInit) => {
  const res = await t.fetch(path, init);
  return { res, body: await res.text() };
};

describe('the help center front page', () => {
  it('shows the workspace name, a labelled search form and published articles by category', async () => {
    const { res, body } = await page(`/help/${key}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(body).toContain('Help Center</title>');
    expect(body).toMatch(/<form class="search" role="search" action="\/help\/[^"]+\/search"/);
    expect(body).toContain('<label for="q"');
    expect(body).toContain('<h2>Brewing help</h2>');
    expect(body).toContain('<h2>Orders &amp; shipping</h2>');
    expect(body).toContain(`href="/help/${key}/articles/${yeast.slug}"`);
    expect(body).toContain(`<script async src="/widget.js" data-workspace="${key}"></script>`);
  });

  it('never lists a draft', async () => {
    const { body } = await page(`/help/${key}`);
    expect(body).not.toContain('Secret winter sale');
  });

  it('answers an unknown workspace with a friendly 404 page, not JSON', async () => {
    for (const path of [
      '/help/pk_nothing_here',
      '/help/pk_nothing_here/articles/x',
      '/help/%3Cb%3E',
    ]) {
      const { res, body } = await page(path);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(body).toMatch(/couldn(&#39;|')t find this help center/);
    }
  });

  it('is not reachable by the workspace id, only by its public key', async () => {
    const { res } = await page(`/help/${workspaceId}`);
    expect(res.status).toBe(404);
  });
});

describe('an article page', () => {
  it('has its title, a meta description, an absolute canonical link and rendered Markdown', async () => {
    const { res, body } = await page(`/help/${key}/articles/${yeast.slug}`);
    expect(res.status).toBe(200);
    expect(body).toContain('<title>How to store yeast · ');
    const description = /<meta name="description" content="([^"]*)"/.exec(body)![1]!;
    expect(description).toMatch(/^Keep dry yeast sachets in the fridge at 2 to 8 °C\./);
    expect(description.length).toBeLessThanOrEqual(155);
    expect(body).toContain(
      `<link rel="canonical" href="http://parley.test/help/${key}/articles/${yeast.slug}" />`,
    );
    expect(body).toContain('<strong>fridge</strong>');
    // The leading "# How to store yeast" is not shown twice.
    expect(body.match(/How to store yeast<\/h1>/g)).toHaveLength(1);
    expect(body).toMatch(/<form method="post" action="[^"]+\/feedback">/);
  });

  it('lists related articles from the search index, never the article itself', async () => {
    const { body } = await page(`/help/${key}/articles/${yeast.slug}`);
    const related = body.slice(body.indexOf('Related articles'));
    expect(related).toContain('Yeast starters for old liquid yeast');
    expect(related).not.toContain(`/articles/${yeast.slug}"`);
  });

  it('is not found while it is a draft', async () => {
    const { res, body } = await page(`/help/${key}/articles/${draft.slug}`);
    expect(res.status).toBe(404);
    expect(body).toContain("We couldn't find that page");
    expect(body).not.toContain('Forty percent');
  });

  it("of another workspace is not reachable through this workspace's help center", async () => {
    const { res, body } = await page(`/help/${key}/articles/${otherArticle.slug}`);
    expect(res.status).toBe(404);
    expect(body).not.toContain('Returns within 14 days');
  });

  it('uses PUBLIC_URL for canonical links when the installation has one', async () => {
    const routes = helpCenterRoutes({
      core: t.core,
      log: pino({ level: 'silent' }),
      assetsDir: 'dist',
      secureCookies: true,
      isReady: () => true,
      publicUrl: 'https://help.example.com/',
    });
    const res = await routes.request(`http://10.0.0.7:3000/help/${key}/articles/${yeast.slug}`);
    expect(await res.text()).toContain(
      `<link rel="canonical" href="https://help.example.com/help/${key}/articles/${yeast.slug}" />`,
    );
  });
});

describe('hostile content', () => {
  it('in an article is shown as text: no script, no event handler, no javascript: link', async () => {
    const evil = await article(
      workspaceId,
      '<script>alert("title")</script> Hop <img src=x onerror=alert(1)>',
      'Before <script>alert("body")</script> and <img src=x onerror=alert(2)>\n\n[click](javascript:alert(3))',
    );
    const { res, body } = await page(`/help/${key}/articles/${evil.slug}`);
    expect(res.status).toBe(200);
    expect(body).not.toMatch(/<script>alert/);
    expect(body).not.toMatch(/<img src=x/);
    expect(body).not.toContain('href="javascript:');
    expect(body).toContain('&lt;script&gt;alert(&quot;body&quot;)&lt;/script&gt;');
    expect(body).toContain('&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; Hop');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('in a search query is escaped before words are marked', async () => {
    const { body } = await page(
      `/help/${key}/search?q=${encodeURIComponent('"><script>x</script> yeast')}`,
    );
    expect(body).not.toContain('<script>x');
    expect(body).toContain('value="&quot;&gt;&lt;script&gt;x&lt;/script&gt; yeast"');
    expect(body).toContain('<mark>yeast</mark>');
  });
});

describe('search', () => {
  it('finds an article despite a typo and marks the matched words', async () => {
    const { res, body } = await page(`/help/${key}/search?q=stroe+yaest`);
    expect(res.status).toBe(200);
    expect(body).toContain('<meta name="robots" content="noindex" />');
    expect(body).toContain(`href="/help/${key}/articles/${yeast.slug}"`);
    expect(body).toContain('How to <mark>store</mark> <mark>yeast</mark>');
  });

  it('says honestly when nothing matches and offers a person instead', async () => {
    const { res, body } = await page(`/help/${key}/search?q=quantum+spaceship`);
    expect(res.status).toBe(200);
    expect(body).toContain('No articles match your search.');
    expect(body).toContain('data-parley-open');
  });

  it('keeps a language chosen with ?lang= in the search form, and drops one that is not a tag', async () => {
    const chosen = await page(`/help/${key}/search?q=yeast&lang=pt-BR`);
    expect(chosen.body).toContain('<input type="hidden" name="lang" value="pt-br" />');
    const home = await page(`/help/${key}?lang=de`);
    expect(home.body).toContain('<input type="hidden" name="lang" value="de" />');
    const odd = await page(`/help/${key}/search?q=yeast&lang=${encodeURIComponent('"><b>')}`);
    expect(odd.body).not.toContain('name="lang"');
    expect((await page(`/help/${key}/search?q=yeast`)).body).not.toContain('name="lang"');
  });

  it('never shows drafts or other workspaces', async () => {
    const { body } = await page(`/help/${key}/search?q=winter+sale+returns+policy`);
    expect(body).not.toContain('Secret winter sale');
    expect(body).not.toContain('Other shop');
  });
});

describe('the sitemap', () => {
  it('is sitemaps.org XML listing only published articles, with lastmod', async () => {
    const { res, body } = await page(`/help/${key}/sitemap.xml`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/xml/);
    expect(body.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(wellFormed(body)).toBe(true);
    const locs = [...body.matchAll(/<loc>([^<]+)<\/loc><lastmod>([^<]+)<\/lastmod>/g)];
    const urls = locs.map((m) => m[1]);
    expect(urls).toContain(`http://parley.test/help/${key}`);
    expect(urls).toContain(`http://parley.test/help/${key}/articles/${yeast.slug}`);
    expect(urls.some((u) => u!.includes(draft.slug))).toBe(false);
    expect(urls.some((u) => u!.includes(otherArticle.slug))).toBe(false);
    for (const m of locs) expect(Number.isNaN(Date.parse(m[2]!))).toBe(false);
  });
});

describe('caching', () => {
  it('sends an ETag and a short max-age, and answers a matching If-None-Match with 304', async () => {
    const first = await t.fetch(`/help/${key}`);
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    expect(first.headers.get('cache-control')).toBe('public, max-age=60');
    const again = await t.fetch(`/help/${key}`, { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
  });

  it('does not cache a 404', async () => {
    const res = await t.fetch(`/help/${key}/articles/no-such-article`);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});

describe('the demo', () => {
  it('storefront links to a help center full of published demo articles', async () => {
    const demo = await seedDemo(t.core, { onlyIfEmpty: false });
    const storefront = await page('/');
    expect(storefront.body).toContain(
      `<a href="/help/${demo!.workspace.public_key}">Help center</a>`,
    );
    const { body } = await page(`/help/${demo!.workspace.public_key}`);
    for (const a of DEMO_ARTICLES) expect(body).toContain(escapeHtml(a.title));
    const search = await page(`/help/${demo!.workspace.public_key}/search?q=trakcing+parcel`);
    expect(search.body).toContain('<mark>Tracking</mark> your order');
  });
});

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/'/g, '&#39;');

/** Tags open and close in order, and every & starts an entity: enough to catch broken XML. */
function wellFormed(xml: string): boolean {
  const stack: string[] = [];
  for (const [tag, closing, name] of xml.matchAll(/<(\/?)([a-z]+)[^>]*>/g)) {
    if (tag.endsWith('/>')) continue;
    if (!closing) stack.push(name!);
    else if (stack.pop() !== name) return false;
  }
  return stack.length === 0 && !/&(?!(amp|lt|gt|quot|apos);)/.test(xml);
}
