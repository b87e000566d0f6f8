import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KbArticle, KbArticleVersion } from '../../shared/schemas/kb.js';
import type { KbVersionSummary } from '../../shared/schemas/kb-console.js';
import { seedMember, seedWorkspace, unique } from '../../../test/seed.js';
import { ConsoleClient, createTestApp, type TestApp } from '../../../test/test-app.js';

let t: TestApp;
let admin: ConsoleClient;

beforeAll(async () => {
  t = await createTestApp();
  const ws = await seedWorkspace(t.core);
  const m = await seedMember(t.core, ws.id, { role: 'owner' });
  admin = new ConsoleClient(t);
  await admin.logIn(m.email, m.password!);
});
afterAll(() => t.close());

const read = async <T>(res: Response) => {
  expect(res.status).toBe(200);
  return (await res.json()) as T;
};
const base = (a: { id: string }) => `/api/console/kb/articles/${a.id}`;

async function writeThree(): Promise<KbArticle> {
  const first = (await (
    await admin.post('/api/console/kb/articles', {
      title: unique('Shipping'),
      bodyMd: 'We ship in 2 days.',
      category: 'Delivery',
    })
  ).json()) as KbArticle;
  let a = first;
  for (const bodyMd of ['We ship in 3 days.', 'We ship in 5 days.']) {
    a = await read<KbArticle>(
      await admin.post(base(a), {
        title: a.title,
        bodyMd,
        category: a.category,
        locale: a.locale,
        status: a.status,
        expectedVersion: a.version,
      }),
    );
  }
  return a;
}

describe('version history in the console', () => {
  it('lists earlier versions newest first with who wrote them, and opens one with its text', async () => {
    const a = await writeThree();
    expect(a.version).toBe(3);
    const { versions } = await read<{ versions: KbVersionSummary[] }>(
      await admin.get(`${base(a)}/versions`),
    );
    expect(versions.map((v) => v.version)).toEqual([2, 1]);
    expect(versions[0]).not.toHaveProperty('bodyMd');
    const one = await read<KbArticleVersion>(await admin.get(`${base(a)}/versions/1`));
    expect(one).toMatchObject({ version: 1, title: a.title, bodyMd: 'We ship in 2 days.' });
  });

  it('restoring a version saves its text as a new version and keeps every earlier one', async () => {
    const a = await writeThree();
    const restored = await read<KbArticle>(
      await admin.post(`${base(a)}/versions/1/restore`, { expectedVersion: 3 }),
    );
    expect(restored).toMatchObject({
      version: 4,
      bodyMd: 'We ship in 2 days.',
      category: 'Delivery',
    });
    const { versions } = await read<{ versions: KbVersionSummary[] }>(
      await admin.get(`${base(a)}/versions`),
    );
    expect(versions.map((v) => v.version)).toEqual([3, 2, 1]);
    const three = await read<KbArticleVersion>(await admin.get(`${base(a)}/versions/3`));
    expect(three.bodyMd).toBe('We ship in 5 days.');
  });

  it('a restore started from an older view of the article is refused, so no newer edit is lost', async () => {
    const a = await writeThree();
    const res = await admin.post(`${base(a)}/versions/1/restore`, { expectedVersion: 2 });
    expect(res.status).toBe(409);
    const now = await read<KbArticle>(await admin.get(base(a)));
    expect(now).toMatchObject({ version: 3, bodyMd: 'We ship in 5 days.' });
  });

  it('restoring the text the article already has adds no version', async () => {
    const a = await writeThree();
    await read(await admin.post(`${base(a)}/versions/2/restore`, {}));
    const again = await read<KbArticle>(await admin.post(`${base(a)}/versions/2/restore`, {}));
    expect(again.version).toBe(4);
  });
});
