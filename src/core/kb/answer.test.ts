import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../../../test/test-db.js';
import { seedWorkspace } from '../../../test/seed.js';
import type { Db } from '../../db/db.js';
import type { CoreDeps } from '../deps.js';
import { answerQuestion } from './answer.js';
import { importArticles } from './import-articles.js';

let db: Db;
let core: CoreDeps;
let ws: string;

const ARTICLES = [
  {
    id: 'returns',
    title: 'Returning an item',
    content:
      'You can return any item within 30 days of delivery. Print the prepaid label from your order page. Refunds reach your card within five business days after we receive the parcel.',
    url: 'https://brew.test/help/returns',
  },
  {
    id: 'yeast',
    title: 'Shipping live yeast',
    content:
      'Live yeast ships with a cold pack from April to September. Orders of yeast leave the warehouse on Mondays so they never sit over a weekend.',
  },
  {
    id: 'draft',
    title: 'Secret discount codes',
    content: 'Staff discount codes are listed here.',
    status: 'draft',
  },
];

beforeAll(async () => {
  db = await openTestDb();
  core = { db, now: () => new Date(), sessionTtlMs: 0 };
  ws = (await seedWorkspace(core)).id;
  await importArticles(core, {
    workspaceId: ws,
    source: { kind: 'jsonl', text: ARTICLES.map((a) => JSON.stringify(a)).join('\n') },
    editor: { userId: null, label: 'test' },
  });
});
afterAll(() => db.close());

const ask = (question: string) => answerQuestion(core, { workspaceId: ws, question });

describe('the virtual agent (retrieval)', () => {
  it('answers from the best sentences of the article that covers the question, citing it', async () => {
    const a = await ask('How long do refunds take to reach my card after a return?');
    expect(a.declined).toBe(false);
    expect(a.confidence).toBeGreaterThanOrEqual(0.5);
    expect(a.answer).toContain('Refunds reach your card within five business days');
    expect(a.citations).toEqual([
      {
        articleId: expect.any(String),
        title: 'Returning an item',
        url: 'https://brew.test/help/returns',
        score: 1,
      },
    ]);
  });

  it('understands a typo in the question', async () => {
    const a = await ask('do you ship live yaest with a cold pack?');
    expect(a.declined).toBe(false);
    expect(a.citations[0]!.title).toBe('Shipping live yeast');
  });

  it('declines, with no answer and no citations, when no article covers the question', async () => {
    for (const q of [
      'What is the weather in Lisbon tomorrow?',
      'how do I transfer money from checking to savings',
      'can you recommend a good pizza place',
      'hello',
    ]) {
      const a = await ask(q);
      expect(a, q).toMatchObject({ declined: true, answer: null, citations: [] });
      expect(a.confidence, q).toBeLessThan(0.5);
    }
  });

  it('never answers from a draft article', async () => {
    expect(await ask('staff discount codes')).toMatchObject({ declined: true });
  });

  it('declines when a question only grazes an article (one of its three topic words)', async () => {
    const a = await ask('what returns does bitcoin mining give on a graphics card');
    expect(a.declined).toBe(true);
  });
});
