import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArticle } from '../../core/kb/create-article.js';
import { getArticle } from '../../core/kb/get-article.js';
import type { KbArticle, KbStatus } from '../../shared/schemas/kb.js';
import { seedWorkspace } from '../../../test/seed.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';

let t: TestApp;
let key: string;
let workspaceId: string;

beforeAll(async () => {
  t = await createTestApp();
  const ws = await seedWorkspace(t.core);
  key = ws.public_key;
  workspaceId = ws.id;
});
afterAll(() => t.close());

const publish = (title: string, status: KbStatus = 'published') =>
  createArticle(t.core, {
    workspaceId,
    article: { title, bodyMd: `All about ${title}.`, locale: 'en' },
    editor: { userId: null, label: 'test' },
    status,
  });

/**
 * What a browser sends when a reader presses Yes or No: a urlencoded form, no JavaScript. Give
 * it a `jar` to keep cookies between votes as a browser does.
 */
const vote = async (
  article: KbArticle,
  value: string,
  options: { extra?: Record<string, string>; jar?: { cookie?: string } } = {},
) => {
  const { jar } = options;
  const res = await t.fetch(`/help/${key}/articles/${article.slug}/feedback`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(jar?.cookie ? { cookie: jar.cookie } : {}),
    },
    body: new URLSearchParams({ vote: value, ...options.extra }).toString(),
    redirect: 'manual',
  });
  const set = res.headers.get('set-cookie');
  if (jar && set) jar.cookie = set.split(';')[0];
  return res;
};

const counts = async (article: KbArticle) => {
  const a = await getArticle(t.core, workspaceId, article.id);
  return { helpful: a.helpful, notHelpful: a.notHelpful, version: a.version, title: a.title };
};

describe('"Was this helpful?"', () => {
  it('a Yes counts as helpful and redirects back to the article with a thank-you', async () => {
    const a = await publish('Bottling day');
    const res = await vote(a, 'yes');
    expect(res.status).toBe(303);
    const location = res.headers.get('location')!;
    expect(location).toBe(`/help/${key}/articles/${a.slug}?voted=yes#feedback`);
    expect(await counts(a)).toMatchObject({ helpful: 1, notHelpful: 0, version: 1 });
    // Remembered in this browser only, for this help center only, out of scripts' reach.
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toContain(`parley_voted=${a.slug}`);
    expect(cookie).toContain(`Path=/help/${key}`);
    expect(cookie).toContain('HttpOnly');
    const page = await (await t.fetch(location.replace(/#.*/, ''))).text();
    expect(page).toContain('Thanks for letting us know!');
    expect(page).not.toContain('name="vote"');
  });

  it('a No counts as not helpful and offers to ask a person', async () => {
    const a = await publish('Cleaning the fermenter');
    const res = await vote(a, 'no');
    expect(res.headers.get('location')).toContain('?voted=no');
    expect(await counts(a)).toMatchObject({ helpful: 0, notHelpful: 1 });
    const page = await (await t.fetch(res.headers.get('location')!.replace(/#.*/, ''))).text();
    expect(page).toContain('Ask us your question');
  });

  it('counts one vote per browser per article however often it is pressed', async () => {
    const a = await publish('Carbonation drops');
    const jar = {};
    for (const v of ['yes', 'yes', 'no', 'yes'])
      expect((await vote(a, v, { jar })).status).toBe(303);
    expect(await counts(a)).toMatchObject({ helpful: 1, notHelpful: 0 });
    const other = await publish('Carbonation tablets');
    await vote(other, 'no', { jar });
    expect(await counts(other)).toMatchObject({ notHelpful: 1 });
  });

  it('caps what one address can count on one article, so a script cannot flood it', async () => {
    const a = await publish('Kegging');
    for (let i = 0; i < 30; i++) expect((await vote(a, 'yes')).status).toBe(303);
    expect(await counts(a)).toMatchObject({ helpful: 20 });
  });

  it('on a draft is not found and counts nothing', async () => {
    const a = await publish('Unreleased kit', 'draft');
    const res = await vote(a, 'yes');
    expect(res.status).toBe(404);
    expect(await counts(a)).toMatchObject({ helpful: 0, notHelpful: 0 });
  });

  it('cannot be used to write anything but the count', async () => {
    const a = await publish('Dry hopping');
    const extra = { title: 'Hacked', helpful_count: '1000', not_helpful_count: '-5' };
    const res = await vote(a, 'maybe', { extra });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Yes or No');
    expect((await vote(a, 'yes', { extra })).status).toBe(303);
    expect(await counts(a)).toEqual({
      helpful: 1,
      notHelpful: 0,
      version: 1,
      title: 'Dry hopping',
    });
  });

  it('refuses a large body before reading it', async () => {
    const a = await publish('Priming sugar');
    const res = await vote(a, 'yes', { extra: { padding: 'x'.repeat(5000) } });
    expect(res.status).toBe(413);
    expect(await counts(a)).toMatchObject({ helpful: 0 });
  });
});
