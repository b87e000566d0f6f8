import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../../../test/test-db.js';
import { seedWorkspace } from '../../../test/seed.js';
import type { Db } from '../../db/db.js';
import type { CoreDeps } from '../deps.js';
import { createArticle } from './create-article.js';
import { deleteArticle } from './delete-article.js';
import { getArticle, listArticleVersions, listKbArticles } from './get-article.js';
import { searchArticles } from './search/search-articles.js';
import { setArticleStatus, updateArticle } from './update-article.js';

let db: Db;
let core: CoreDeps;
let ws: string;
let other: string;
let clock = new Date('2025-01-01T10:00:00Z');
const ana = { userId: null, label: 'Ana' };
const ben = { userId: null, label: 'Ben' };

beforeAll(async () => {
  db = await openTestDb();
  core = { db, now: () => clock, sessionTtlMs: 1000 };
  ws = (await seedWorkspace(core)).id;
  other = (await seedWorkspace(core)).id;
});
afterAll(() => db.close());

const body = (words: string) => ({ title: 'Returns', bodyMd: words, locale: 'en' });

describe('knowledge-base articles', () => {
  it('a new article is a draft with a unique slug that search finds only once published', async () => {
    const a = await createArticle(core, {
      workspaceId: ws,
      article: {
        title: 'Gift wrapping',
        bodyMd: 'Gift wrapping costs five dollars.',
        locale: 'en',
      },
      editor: ana,
    });
    const b = await createArticle(core, {
      workspaceId: ws,
      article: { title: 'Gift wrapping', bodyMd: 'Wrapping paper comes in red.', locale: 'en' },
      editor: ana,
    });
    expect([a.status, a.slug, b.slug]).toEqual(['draft', 'gift-wrapping', 'gift-wrapping-2']);
    expect(await searchArticles(core, { workspaceId: ws, query: 'gift wrapping' })).toEqual([]);
    await setArticleStatus(core, {
      workspaceId: ws,
      articleId: a.id,
      status: 'published',
      editor: ana,
    });
    const hits = await searchArticles(core, { workspaceId: ws, query: 'gift wrapping' });
    expect(hits.map((h) => h.articleId)).toEqual([a.id]);
    expect((await getArticle(core, ws, a.id)).publishedAt).not.toBeNull();
  });

  it('each save of a new title or body keeps the previous one with its author and time', async () => {
    const a = await createArticle(core, {
      workspaceId: ws,
      article: body('First words.'),
      editor: ana,
      status: 'published',
    });
    const firstSavedAt = clock;
    clock = new Date(clock.getTime() + 60_000);
    const v2 = await updateArticle(core, {
      workspaceId: ws,
      articleId: a.id,
      article: body('Second words.'),
      editor: ben,
    });
    const same = await updateArticle(core, {
      workspaceId: ws,
      articleId: a.id,
      article: body('Second words.'),
      editor: ana,
    });
    expect([v2.version, same.version, same.updatedBy]).toEqual([2, 2, 'Ben']);
    const versions = await listArticleVersions(core, ws, a.id);
    expect(versions).toEqual([
      {
        version: 1,
        title: 'Returns',
        bodyMd: 'First words.',
        author: 'Ana',
        createdAt: firstSavedAt.toISOString(),
      },
    ]);
  });

  it('refuses an edit made on an older version instead of overwriting the newer one', async () => {
    const a = await createArticle(core, { workspaceId: ws, article: body('One.'), editor: ana });
    await updateArticle(core, {
      workspaceId: ws,
      articleId: a.id,
      article: body('Two.'),
      editor: ana,
    });
    await expect(
      updateArticle(core, {
        workspaceId: ws,
        articleId: a.id,
        article: body('Three.'),
        editor: ben,
        expectedVersion: 1,
      }),
    ).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/version 2/) });
  });

  it('unpublishing or deleting an article takes it out of search at once', async () => {
    const a = await createArticle(core, {
      workspaceId: ws,
      article: { title: 'Umbrella repairs', bodyMd: 'We fix umbrellas.', locale: 'en' },
      editor: ana,
      status: 'published',
    });
    const find = async () =>
      (await searchArticles(core, { workspaceId: ws, query: 'umbrella' })).map((h) => h.articleId);
    expect(await find()).toEqual([a.id]);
    await setArticleStatus(core, {
      workspaceId: ws,
      articleId: a.id,
      status: 'draft',
      editor: ana,
    });
    expect(await find()).toEqual([]);
    await setArticleStatus(core, {
      workspaceId: ws,
      articleId: a.id,
      status: 'published',
      editor: ana,
    });
    expect(await find()).toEqual([a.id]);
    await deleteArticle(core, ws, a.id);
    expect(await find()).toEqual([]);
    await expect(getArticle(core, ws, a.id)).rejects.toMatchObject({ code: 'not_found' });
  });

  it("another workspace's article is not found and never shows in lists or searches", async () => {
    const theirs = await createArticle(core, {
      workspaceId: other,
      article: { title: 'Secret sauce recipe', bodyMd: 'Tomatoes and basil.', locale: 'en' },
      editor: ana,
      status: 'published',
    });
    await expect(getArticle(core, ws, theirs.id)).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      updateArticle(core, {
        workspaceId: ws,
        articleId: theirs.id,
        article: body('x'),
        editor: ana,
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(deleteArticle(core, ws, theirs.id)).rejects.toMatchObject({ code: 'not_found' });
    expect(await searchArticles(core, { workspaceId: ws, query: 'secret sauce' })).toEqual([]);
    const mine = await listKbArticles(core, { workspaceId: ws, limit: 200 });
    expect(mine.map((a) => a.id)).not.toContain(theirs.id);
    expect((await getArticle(core, other, theirs.id)).title).toBe('Secret sauce recipe');
  });
});
