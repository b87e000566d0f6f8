// Short paraphrases of questions the articles answer, which the answerer used to decline or
// answer from the wrong article: "how long" and "how much" were read as topic words. Each must
// now be answered from the article that covers it. (The decline rates on real material are
// measured in answer-rates.test.ts, before and after.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { abcdToJsonLines, readGuidelines } from '../../../scripts/abcd-to-jsonl.mjs';
import { openTestDb } from '../../../test/test-db.js';
import { seedWorkspace } from '../../../test/seed.js';
import type { Db } from '../../db/db.js';
import { demoArticlesJsonl } from '../demo/demo-articles.js';
import { answerQuestion } from './answer.js';
import { importArticles } from './import-articles.js';

let db: Db;
let shop: (q: string) => ReturnType<typeof answerQuestion>;
let abcd: (q: string) => ReturnType<typeof answerQuestion>;

beforeAll(async () => {
  db = await openTestDb();
  const core = { db, now: () => new Date(), sessionTtlMs: 0 };
  const withArticles = async (text: string) => {
    const workspaceId = (await seedWorkspace(core)).id;
    const editor = { userId: null, label: 'test' };
    await importArticles(core, { workspaceId, source: { kind: 'jsonl', text }, editor });
    return (question: string) => answerQuestion(core, { workspaceId, question });
  };
  shop = await withArticles(demoArticlesJsonl());
  abcd = await withArticles(abcdToJsonLines(readGuidelines()));
});
afterAll(() => db.close());

/** [question, the article that answers it, whose articles: the demo shop's or ABCD's] */
const PARAPHRASES: [question: string, article: string, kb: 'shop' | 'abcd'][] = [
  ['How long does shipping take?', 'Shipping times and costs', 'shop'],
  ['How long will my order take to arrive?', 'Shipping times and costs', 'shop'],
  ['How long until my parcel arrives?', 'Shipping times and costs', 'shop'],
  ['How fast do you ship?', 'Shipping times and costs', 'shop'],
  ['How long do hops stay fresh?', 'Keeping hops fresh', 'shop'],
  ['How long does brewing take?', 'Your first brew day: a checklist', 'shop'],
  ['How much does gift wrapping cost?', 'Pricing FAQ', 'abcd'],
  ['How much is my subscription?', 'Status Due Amount', 'abcd'],
  ['How long does overnight shipping take?', 'Manage Upgrade', 'abcd'],
];

describe('short paraphrases', () => {
  it.each(PARAPHRASES)('answers "%s" from "%s"', async (q, title, kb) => {
    const a = await (kb === 'shop' ? shop : abcd)(q);
    expect(a.declined, q).toBe(false);
    expect(a.citations[0]?.title).toBe(title);
  });

  it('a question about how long answers with the sentences that give the time', async () => {
    const a = await shop('How long does shipping take?');
    expect(a.answer).toContain('Most parcels arrive within two working days');
  });

  it('still declines what the articles do not cover, however it is phrased', async () => {
    for (const q of [
      'How long does it take to fly to Lisbon?',
      'How long should I boil an egg?',
      'How much does a new car cost?',
      'How fast is the speed of light?',
    ])
      expect((await shop(q)).declined, q).toBe(true);
  });
});
