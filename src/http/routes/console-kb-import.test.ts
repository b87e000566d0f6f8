import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KbArticle } from '../../shared/schemas/kb.js';
import type { KbCategoryView, KbImportReport } from '../../shared/schemas/kb-console.js';
import { seedMember, seedWorkspace, unique } from '../../../test/seed.js';
import { ConsoleClient, createTestApp, type TestApp } from '../../../test/test-app.js';

let t: TestApp;
let admin: ConsoleClient;

beforeAll(async () => {
  t = await createTestApp();
  const ws = await seedWorkspace(t.core);
  const m = await seedMember(t.core, ws.id, { role: 'admin' });
  admin = new ConsoleClient(t);
  await admin.logIn(m.email, m.password!);
});
afterAll(() => t.close());

const read = async <T>(res: Response, status = 200) => {
  expect(res.status).toBe(status);
  return (await res.json()) as T;
};
const line = (o: Record<string, unknown>) => JSON.stringify(o);
describe('importing JSON Lines from the console', () => {
  it('reports each line as created, updated or unchanged, and each bad line with its number', async () => {
    const [a, b] = [unique('faq'), unique('faq')];
    const first = await read<KbImportReport>(
      await admin.post('/api/console/kb/import', {
        text: [
          line({ id: a, title: 'Opening hours', content: 'Nine to five.', category: 'Store' }),
          line({ id: b, title: 'Gift cards', content: 'Sold in store.' }),
        ].join('\n'),
      }),
    );
    expect(first).toMatchObject({ created: 2, updated: 0, unchanged: 0, errors: [] });
    expect(first.lines).toEqual([
      { line: 1, id: a, title: 'Opening hours', outcome: 'created' },
      { line: 2, id: b, title: 'Gift cards', outcome: 'created' },
    ]);

    const second = await read<KbImportReport>(
      await admin.post('/api/console/kb/import', {
        text: [
          line({ id: a, title: 'Opening hours', content: 'Nine to five.', category: 'Store' }),
          'not json',
          line({ id: b, title: 'Gift cards', content: 'Sold in store and online.' }),
          line({ id: unique('faq'), content: 'No title.' }),
        ].join('\n'),
      }),
    );
    expect(second).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    expect(second.lines.map((l) => [l.line, l.outcome])).toEqual([
      [1, 'unchanged'],
      [3, 'updated'],
    ]);
    expect(second.errors.map((e) => e.line)).toEqual([2, 4]);
    expect(second.errors[1]!.message).toContain('title');
  });

  it('an article made in the console is updated when an import names it by its id', async () => {
    const made = await read<KbArticle>(
      await admin.post('/api/console/kb/articles', { title: 'Kegs', bodyMd: 'Old text.' }),
      201,
    );
    const report = await read<KbImportReport>(
      await admin.post('/api/console/kb/import', {
        text: line({ id: made.id, title: 'Kegs', content: 'New text.' }),
      }),
    );
    expect(report.lines).toEqual([{ line: 1, id: made.id, title: 'Kegs', outcome: 'updated' }]);
  });
});

describe('categories in the console', () => {
  it('an admin adds a category, cannot add it twice, and renames it', async () => {
    const name = unique('Brewing');
    const made = await read<KbCategoryView>(
      await admin.post('/api/console/kb/categories', { name }),
      201,
    );
    expect(made).toMatchObject({ name, articles: 0 });
    const twice = await admin.post('/api/console/kb/categories', { name: name.toUpperCase() });
    expect(twice.status).toBe(409);

    const renamed = await read<KbCategoryView>(
      await admin.post(`/api/console/kb/categories/${made.id}`, { name: `${name} guides` }),
    );
    expect(renamed).toMatchObject({ id: made.id, name: `${name} guides` });
  });

  it('after a rename, articles and imports use the new name and no second category appears', async () => {
    const old = unique('Cellar');
    const a = await read<KbArticle>(
      await admin.post('/api/console/kb/articles', {
        title: 'Storage',
        bodyMd: 'x',
        category: old,
      }),
      201,
    );
    const { categories } = await read<{ categories: KbCategoryView[] }>(
      await admin.get('/api/console/kb/categories'),
    );
    const cat = categories.find((c) => c.name === old)!;
    const fresh = unique('Cold room');
    await read(await admin.post(`/api/console/kb/categories/${cat.id}`, { name: fresh }));
    expect(
      (await read<KbArticle>(await admin.get(`/api/console/kb/articles/${a.id}`))).category,
    ).toBe(fresh);
    await read(
      await admin.post('/api/console/kb/import', {
        text: line({ id: unique('x'), title: 'Temps', content: 'Cold.', category: fresh }),
      }),
    );
    const after = await read<{ categories: KbCategoryView[] }>(
      await admin.get('/api/console/kb/categories'),
    );
    const same = after.categories.filter((c) => c.name === fresh);
    expect(same).toEqual([expect.objectContaining({ id: cat.id, articles: 2 })]);
  });

  it('renaming onto another category’s name is refused, and an unknown category is not found', async () => {
    const [x, y] = [unique('Hops'), unique('Malt')];
    const cx = await read<KbCategoryView>(
      await admin.post('/api/console/kb/categories', { name: x }),
      201,
    );
    await read(await admin.post('/api/console/kb/categories', { name: y }), 201);
    expect((await admin.post(`/api/console/kb/categories/${cx.id}`, { name: y })).status).toBe(409);
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await admin.post(`/api/console/kb/categories/${missing}`, { name: 'Z' })).status).toBe(
      404,
    );
  });
});
