import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../../../../test/test-db.js';
import { seedWorkspace } from '../../../../test/seed.js';
import type { Db } from '../../../db/db.js';
import { importArticles } from '../import-articles.js';
import { searchArticles } from './search-articles.js';

let db: Db;

beforeAll(async () => {
  db = await openTestDb();
});
afterAll(() => db.close());

describe('search indexes across processes', () => {
  it('a change made by another process (a CLI import) shows in search within a second', async () => {
    const here = { db, now: () => new Date(), sessionTtlMs: 0 };
    // Another handle on the same database stands for another process: it has its own caches.
    const elsewhere = { ...here, db: { ...db } };
    const ws = (await seedWorkspace(here)).id;
    const line = (id: string, title: string) => JSON.stringify({ id, title, content: title });
    const editor = { userId: null, label: 'cli' };
    await importArticles(here, {
      workspaceId: ws,
      source: { kind: 'jsonl', text: line('a', 'Velvet care') },
      editor,
    });
    const find = async (q: string) =>
      (await searchArticles(here, { workspaceId: ws, query: q })).map((h) => h.title);
    expect(await find('velvet')).toEqual(['Velvet care']);
    await importArticles(elsewhere, {
      workspaceId: ws,
      source: { kind: 'jsonl', text: `${line('a', 'Velvet care')}\n${line('b', 'Tweed care')}` },
      editor,
    });
    await new Promise((r) => setTimeout(r, 1100));
    expect(await find('tweed')).toEqual(['Tweed care']);
  });
});
