import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchArticles } from '../../core/kb/search/search-articles.js';
import type { KbArticle } from '../../shared/schemas/kb.js';
import type { KbArticleListPage, KbPreview } from '../../shared/schemas/kb-console.js';
import { seedMember, seedWorkspace, unique } from '../../../test/seed.js';
import { ConsoleClient, createTestApp, type TestApp } from '../../../test/test-app.js';

let t: TestApp;
let workspaceId: string;
let admin: ConsoleClient;
let agent: ConsoleClient;
let champion: ConsoleClient;
let outsider: ConsoleClient;

async function signedIn(wsId: string, role: 'owner' | 'admin' | 'agent' | 'champion') {
  const m = await seedMember(t.core, wsId, { role });
  const client = new ConsoleClient(t);
  await client.logIn(m.email, m.password!);
  return client;
}

beforeAll(async () => {
  t = await createTestApp();
  workspaceId = (await seedWorkspace(t.core)).id;
  admin = await signedIn(workspaceId, 'admin');
  agent = await signedIn(workspaceId, 'agent');
  champion = await signedIn(workspaceId, 'champion');
  outsider = await signedIn((await seedWorkspace(t.core)).id, 'owner');
});
afterAll(() => t.close());

const json = async <T>(res: Response) => ({ status: res.status, body: (await res.json()) as T });

async function create(fields: Record<string, unknown> = {}): Promise<KbArticle> {
  const res = await admin.post('/api/console/kb/articles', {
    title: unique('Returns'),
    bodyMd: 'Send it back within **30 days**.',
    ...fields,
  });
  expect(res.status).toBe(201);
  return (await res.json()) as KbArticle;
}

const save = (client: ConsoleClient, a: KbArticle, change: Record<string, unknown>) =>
  client.post(`/api/console/kb/articles/${a.id}`, {
    title: a.title,
    bodyMd: a.bodyMd,
    category: a.category,
    locale: a.locale,
    status: a.status,
    expectedVersion: a.version,
    ...change,
  });

describe('articles in the console', () => {
  it('an admin creates a draft, publishes it with new text, and search finds it only then', async () => {
    const word = unique('zymurgy');
    const draft = await create({ bodyMd: `Draft about ${word}.`, category: 'Orders' });
    expect(draft).toMatchObject({ status: 'draft', version: 1, category: 'Orders', locale: 'en' });
    expect(await searchArticles(t.core, { workspaceId, query: word })).toEqual([]);

    const { status, body } = await json<KbArticle>(
      await save(admin, draft, { bodyMd: `Published about ${word}.`, status: 'published' }),
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'published', version: 2 });
    expect(body.publishedAt).not.toBeNull();
    const hits = await searchArticles(t.core, { workspaceId, query: word });
    expect(hits.map((h) => h.articleId)).toEqual([draft.id]);

    await save(admin, body, { status: 'draft' });
    expect(await searchArticles(t.core, { workspaceId, query: word })).toEqual([]);
  });

  it('the list filters by status, category and words in the title or text, drafts included', async () => {
    const tag = unique('hopcat');
    const a = await create({ title: `Kettle ${tag}`, category: tag, status: 'published' });
    const b = await create({ bodyMd: `Mentions ${tag} in the body.` });
    const list = async (query: string) =>
      (await json<KbArticleListPage>(await agent.get(`/api/console/kb/articles?${query}`))).body;

    expect((await list(`q=${tag}`)).articles.map((x) => x.id)).toEqual([b.id, a.id]);
    expect((await list(`q=${tag}&status=draft`)).articles.map((x) => x.id)).toEqual([b.id]);
    const categories = (
      await json<{ categories: { id: string; name: string; articles: number }[] }>(
        await agent.get('/api/console/kb/categories'),
      )
    ).body.categories;
    const category = categories.find((c) => c.name === tag)!;
    expect(category.articles).toBe(1);
    expect((await list(`category=${category.id}`)).articles.map((x) => x.id)).toEqual([a.id]);
    const row = (await list(`q=${tag}&status=published`)).articles[0]!;
    expect(row).toMatchObject({ title: `Kettle ${tag}`, status: 'published', category: tag });
    expect(row).not.toHaveProperty('bodyMd');
  });

  it('pages through articles with a cursor, in list order, without repeating or skipping', async () => {
    const tag = unique('pager');
    const made = [];
    for (let i = 0; i < 5; i++) made.push(await create({ bodyMd: `${tag} ${i}` }));
    const seen: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const query = `q=${tag}&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page: KbArticleListPage = (
        await json<KbArticleListPage>(await admin.get(`/api/console/kb/articles?${query}`))
      ).body;
      seen.push(...page.articles.map((a) => a.id));
      cursor = page.nextCursor;
    }
    const whole = await json<KbArticleListPage>(
      await admin.get(`/api/console/kb/articles?q=${tag}`),
    );
    expect(seen).toEqual(whole.body.articles.map((a) => a.id));
    expect(new Set(seen)).toEqual(new Set(made.map((a) => a.id)));
  });

  it('deleting an article makes it not found', async () => {
    const a = await create();
    expect((await admin.delete(`/api/console/kb/articles/${a.id}`)).status).toBe(204);
    expect((await admin.get(`/api/console/kb/articles/${a.id}`)).status).toBe(404);
    expect((await admin.delete(`/api/console/kb/articles/${a.id}`)).status).toBe(404);
  });

  it('a save based on an older version is refused instead of overwriting the newer edit', async () => {
    const a = await create();
    expect((await save(admin, a, { bodyMd: 'First edit.' })).status).toBe(200);
    const { status, body } = await json<{ error: { code: string; message: string } }>(
      await save(admin, a, { bodyMd: 'Stale edit.', status: 'published' }),
    );
    expect(status).toBe(409);
    expect(body.error.message).toContain('version 2');
    const now = (await json<KbArticle>(await admin.get(`/api/console/kb/articles/${a.id}`))).body;
    expect(now).toMatchObject({ bodyMd: 'First edit.', status: 'draft' });
  });
});

describe('who may do what', () => {
  it('an agent reads articles, versions, categories and previews, but every write is refused', async () => {
    const a = await create();
    expect((await agent.get(`/api/console/kb/articles/${a.id}`)).status).toBe(200);
    expect((await agent.get(`/api/console/kb/articles/${a.id}/versions`)).status).toBe(200);
    expect((await agent.get('/api/console/kb/categories')).status).toBe(200);
    expect((await agent.post('/api/console/kb/preview', { markdown: '# Hi' })).status).toBe(200);

    const writes = [
      agent.post('/api/console/kb/articles', { title: 'Mine', bodyMd: 'x' }),
      save(agent, a, { title: 'Agent edit' }),
      agent.delete(`/api/console/kb/articles/${a.id}`),
      agent.post(`/api/console/kb/articles/${a.id}/versions/1/restore`, {}),
      agent.post('/api/console/kb/categories', { name: unique('Agents') }),
      agent.post('/api/console/kb/import', { text: '{"id":"x","title":"X","content":"x"}' }),
    ];
    for (const res of await Promise.all(writes)) expect(res.status).toBe(403);
    const still = (await json<KbArticle>(await admin.get(`/api/console/kb/articles/${a.id}`))).body;
    expect(still.title).toBe(a.title);
  });

  it('a champion, an expert customer, cannot open the editor at all', async () => {
    expect((await champion.get('/api/console/kb/articles')).status).toBe(403);
    expect((await champion.post('/api/console/kb/preview', { markdown: 'x' })).status).toBe(403);
  });

  it('without a session nothing is answered', async () => {
    const res = await t.fetch('/api/console/kb/articles');
    expect(res.status).toBe(401);
  });

  it("another workspace's article is not found, whatever is asked of it", async () => {
    const a = await create();
    const paths = [`/api/console/kb/articles/${a.id}`, `/api/console/kb/articles/${a.id}/versions`];
    for (const p of paths) expect((await outsider.get(p)).status).toBe(404);
    expect((await save(outsider, a, { title: 'Hijacked' })).status).toBe(404);
    expect((await outsider.delete(`/api/console/kb/articles/${a.id}`)).status).toBe(404);
    const restore = `/api/console/kb/articles/${a.id}/versions/1/restore`;
    expect((await outsider.post(restore, {})).status).toBe(404);
    const list = await json<KbArticleListPage>(await outsider.get('/api/console/kb/articles'));
    expect(list.body.articles.map((x) => x.id)).not.toContain(a.id);
    expect((await admin.get(`/api/console/kb/articles/${a.id}`)).status).toBe(200);
  });
});

describe('bad input', () => {
  const issuesOf = async (res: Response) => {
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; issues?: { path: string }[] } };
    expect(body.error.code).toBe('invalid_input');
    return body.error.issues?.map((i) => i.path);
  };

  it('an article without a title, with an unknown status or locale is refused, naming each field', async () => {
    const res = await admin.post('/api/console/kb/articles', {
      title: '  ',
      bodyMd: 'x',
      status: 'archived',
      locale: 'English!',
    });
    expect(await issuesOf(res)).toEqual(expect.arrayContaining(['title', 'status', 'locale']));
  });

  it('list filters that cannot be understood are refused', async () => {
    for (const q of ['status=gone', 'limit=0', 'category=shoes', 'cursor=page-2']) {
      await issuesOf(await admin.get(`/api/console/kb/articles?${q}`));
    }
  });

  it('a preview without markdown, a nameless category and an empty import are refused', async () => {
    expect(await issuesOf(await admin.post('/api/console/kb/preview', {}))).toEqual(['markdown']);
    expect(await issuesOf(await admin.post('/api/console/kb/categories', { name: '' }))).toEqual([
      'name',
    ]);
    expect(await issuesOf(await admin.post('/api/console/kb/import', { text: ' \n' }))).toEqual([
      'text',
    ]);
  });

  it('an id or version that cannot exist is simply not found', async () => {
    expect((await admin.get('/api/console/kb/articles/not-a-uuid')).status).toBe(404);
    const a = await create();
    expect((await admin.get(`/api/console/kb/articles/${a.id}/versions/zero`)).status).toBe(404);
    expect((await admin.get(`/api/console/kb/articles/${a.id}/versions/7`)).status).toBe(404);
  });
});

describe('preview', () => {
  it('renders Markdown to HTML and shows a <script> as text, never as a tag', async () => {
    const { status, body } = await json<KbPreview>(
      await admin.post('/api/console/kb/preview', {
        markdown: '## Refunds\n\n<script>alert(1)</script> [x](javascript:alert(1))',
      }),
    );
    expect(status).toBe(200);
    expect(body.html).toContain('<h2>Refunds</h2>');
    expect(body.html).not.toContain('<script');
    expect(body.html).toContain('&lt;script&gt;');
    expect(body.html).not.toContain('href="javascript:');
  });
});
