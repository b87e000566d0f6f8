import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { abcdToJsonLines, readGuidelines } from '../../../scripts/abcd-to-jsonl.mjs';
import { openTestDb } from '../../../test/test-db.js';
import { seedWorkspace } from '../../../test/seed.js';
import type { Db } from '../../db/db.js';
import { countArticles } from '../../db/queries/kb-articles.js';
import { listCategories } from '../../db/queries/kb-categories.js';
import type { CoreDeps } from '../deps.js';
import { exportArticles, toJsonLines, toMarkdownFiles } from './export-articles.js';
import { listArticleVersions, listKbArticles } from './get-article.js';
import { importArticles, type ImportSource } from './import-articles.js';
import { searchArticles } from './search/search-articles.js';

let db: Db;
let core: CoreDeps;
const editor = { userId: null, label: 'test import' };

beforeAll(async () => {
  db = await openTestDb();
  core = { db, now: () => new Date(), sessionTtlMs: 1000 };
});
afterAll(() => db.close());

const jsonl = (...lines: unknown[]) =>
  lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n');
const run = (workspaceId: string, source: ImportSource) =>
  importArticles(core, { workspaceId, source, editor });
const byExtId = async (workspaceId: string) =>
  new Map((await listKbArticles(core, { workspaceId, limit: 200 })).map((a) => [a.externalId, a]));

describe('importing articles', () => {
  it('imports the same JSON Lines twice without duplicates or new versions', async () => {
    const ws = (await seedWorkspace(core)).id;
    const text = jsonl(
      {
        id: 'ship-1',
        title: 'Shipping times',
        content: 'Orders ship in two days.',
        category: 'Shipping',
      },
      {
        id: 'ret-1',
        title: 'Returns',
        content: 'Return within 30 days.',
        url: 'https://shop.test/returns',
      },
    );
    expect(await run(ws, { kind: 'jsonl', text })).toEqual({
      created: 2,
      updated: 0,
      unchanged: 0,
      errors: [],
    });
    expect(await run(ws, { kind: 'jsonl', text })).toEqual({
      created: 0,
      updated: 0,
      unchanged: 2,
      errors: [],
    });
    expect(await countArticles(db, ws)).toBe(2);
    const articles = await byExtId(ws);
    expect(articles.get('ship-1')).toMatchObject({
      status: 'published',
      category: 'Shipping',
      version: 1,
    });
    expect(articles.get('ret-1')!.url).toBe('https://shop.test/returns');
    for (const a of articles.values())
      expect(await listArticleVersions(core, ws, a.id)).toEqual([]);
  });

  it('updates a changed article by id and keeps a version of only that one', async () => {
    const ws = (await seedWorkspace(core)).id;
    const a = { id: 'a', title: 'Boots care', content: 'Wax the leather monthly.' };
    const b = { id: 'b', title: 'Jacket care', content: 'Dry clean only.' };
    await run(ws, { kind: 'jsonl', text: jsonl(a, b) });
    const result = await run(ws, {
      kind: 'jsonl',
      text: jsonl(a, { ...b, content: 'Machine wash cold.' }),
    });
    expect(result).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    const articles = await byExtId(ws);
    expect(articles.get('b')).toMatchObject({ bodyMd: 'Machine wash cold.', version: 2 });
    expect(await listArticleVersions(core, ws, articles.get('b')!.id)).toMatchObject([
      { version: 1, bodyMd: 'Dry clean only.', author: 'test import' },
    ]);
    expect(await listArticleVersions(core, ws, articles.get('a')!.id)).toEqual([]);
    const hits = await searchArticles(core, { workspaceId: ws, query: 'machine wash' });
    expect(hits.map((h) => h.title)).toEqual(['Jacket care']);
  });

  it('reports each bad line by number and still imports the good ones', async () => {
    const ws = (await seedWorkspace(core)).id;
    const good = { id: 'ok', title: 'Store hours', content: 'Open nine to five.' };
    const result = await run(ws, {
      kind: 'jsonl',
      text: jsonl(
        good,
        '{"id": "broken", "title": ',
        { id: 'no-content', title: 'Missing body' },
        { id: 'bad-url', title: 'Link', content: 'x', url: 'javascript:alert(1)' },
        '',
        '["not", "an", "object"]',
        { ...good, title: 'Store hours again' },
      ),
    });
    expect(result.created).toBe(1);
    expect(result.errors.map((e) => [e.line, e.id])).toEqual([
      [2, null],
      [3, 'no-content'],
      [4, 'bad-url'],
      [6, null],
      [7, 'ok'],
    ]);
    const messages = result.errors.map((e) => e.message);
    expect(messages[0]).toMatch(/^Not valid JSON/);
    expect(messages[1]).toBe('content is missing');
    expect(messages[2]).toMatch(/^url \(an http\(s\) URL\)/);
    expect(messages[3]).toBe('Each line must be one JSON object.');
    expect(messages[4]).toMatch(/already used by line 1/);
    expect((await byExtId(ws)).get('ok')!.title).toBe('Store hours');
  });

  it('imports a folder of Markdown with front matter, file-path ids and first-heading titles', async () => {
    const ws = (await seedWorkspace(core)).id;
    const result = await run(ws, {
      kind: 'markdown',
      files: [
        {
          path: 'shipping/international.md',
          text: '---\ntitle: "International shipping: fees"\ncategory: Shipping\nurl: https://shop.test/intl\n---\n\nWe ship to 40 countries.\n',
        },
        { path: 'care/boots.md', text: '# Caring for boots\n\nUse wax, not oil.\n' },
        {
          path: 'drafts/new.md',
          text: "---\nid: new-1\nstatus: draft\ntitle: 'It''s new'\n---\nSoon.",
        },
        { path: 'broken.md', text: '---\ntitle: Broken\n  nested: value\n---\nBody' },
        { path: 'unclosed.md', text: '---\ntitle: Never closed\nBody' },
      ],
    });
    expect(result).toMatchObject({ created: 3, updated: 0, unchanged: 0 });
    expect(result.errors).toEqual([
      { line: 3, file: 'broken.md', id: null, message: expect.stringMatching(/Nested/) },
      {
        line: 3,
        file: 'unclosed.md',
        id: null,
        message: 'Expected "key: value" or the closing ---, found "Body".',
      },
    ]);
    const articles = await byExtId(ws);
    expect(articles.get('shipping/international')).toMatchObject({
      title: 'International shipping: fees',
      bodyMd: 'We ship to 40 countries.',
      category: 'Shipping',
      url: 'https://shop.test/intl',
    });
    expect(articles.get('care/boots')).toMatchObject({
      title: 'Caring for boots',
      bodyMd: 'Use wax, not oil.',
    });
    expect(articles.get('new-1')).toMatchObject({ title: "It's new", status: 'draft' });
  });

  it('re-imports its own export unchanged, as JSON Lines and as Markdown', async () => {
    const ws = (await seedWorkspace(core)).id;
    await run(ws, {
      kind: 'jsonl',
      text: jsonl(
        {
          id: 'q/1',
          title: 'Quotes "and" colons: yes',
          content: '# Heading\n\n- a list\n',
          category: 'FAQ',
        },
        { id: 'q 2', title: 'Draft one', content: 'Hidden.', status: 'draft', locale: 'de' },
      ),
    });
    const lines = await exportArticles(core, ws);
    expect(await run(ws, { kind: 'jsonl', text: toJsonLines(lines) })).toMatchObject({
      unchanged: 2,
      errors: [],
    });
    const files = toMarkdownFiles(lines);
    expect(files.map((f) => f.path).sort()).toEqual(['q-1.md', 'q-2.md']);
    expect(await run(ws, { kind: 'markdown', files })).toMatchObject({ unchanged: 2, errors: [] });
  });

  it('imports the ABCD guidelines as one article per subflow in one category per flow', async () => {
    const ws = (await seedWorkspace(core)).id;
    const text = abcdToJsonLines(readGuidelines());
    expect(await run(ws, { kind: 'jsonl', text })).toMatchObject({ created: 55, errors: [] });
    expect(await run(ws, { kind: 'jsonl', text })).toMatchObject({ unchanged: 55 });
    expect((await listCategories(db, ws)).map((c) => c.name)).toHaveLength(10);
    const [hit] = await searchArticles(core, { workspaceId: ws, query: 'reset two factor' });
    expect(hit!.title).toBe('Reset Two-Factor Auth');
  });

  it('keeps the same import id in two workspaces apart', async () => {
    const a = (await seedWorkspace(core)).id;
    const b = (await seedWorkspace(core)).id;
    await run(a, { kind: 'jsonl', text: jsonl({ id: 'same', title: 'Alpha', content: 'alpha' }) });
    await run(b, { kind: 'jsonl', text: jsonl({ id: 'same', title: 'Beta', content: 'beta' }) });
    expect((await byExtId(a)).get('same')!.title).toBe('Alpha');
    expect((await byExtId(b)).get('same')!.title).toBe('Beta');
    expect(await searchArticles(core, { workspaceId: a, query: 'beta' })).toEqual([]);
  });
});
