import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { seedWorkspace } from '../../../../test/seed.js';
import { openTestDb } from '../../../../test/test-db.js';
import type { Db } from '../../../db/db.js';
import type { CoreDeps } from '../../deps.js';
import { answerQuestion } from '../answer.js';
import { createAnswerer, type Answerer } from '../answerer.js';
import { importArticles } from '../import-articles.js';
import { startFakeChatServer, type FakeChatServer } from './fake-chat-server.test-support.js';
import { DECLINE_TOKEN } from './prompt.js';

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
    id: 'shipping',
    title: 'Shipping costs',
    content:
      'Shipping costs 4.90 euros within Germany. Orders over 60 euros ship for free. Most parcels arrive within two working days.',
  },
  {
    id: 'staff',
    title: 'Staff refunds',
    content: 'Staff refunds are approved by Jana. DRAFT-ONLY-TEXT',
    status: 'draft',
  },
];
const OTHER_WORKSPACE = [
  {
    id: 'returns',
    title: 'Returning an item',
    content: 'Refunds reach your card within ninety days. OTHER-WORKSPACE-TEXT',
  },
];
const API_KEY = 'sk-test-never-logged-4242';

let db: Db;
let core: CoreDeps;
let ws: string;
let fake: FakeChatServer;
let failures: string[];
let answer: Answerer;

async function seedArticles(articles: object[]) {
  const id = (await seedWorkspace(core)).id;
  await importArticles(core, {
    workspaceId: id,
    source: { kind: 'jsonl', text: articles.map((a) => JSON.stringify(a)).join('\n') },
    editor: { userId: null, label: 'test' },
  });
  return id;
}

const generative = (timeoutMs = 5000) =>
  createAnswerer({
    settings: { baseUrl: fake.baseUrl, model: 'test-model', apiKey: API_KEY, timeoutMs },
    onModelFailure: (problem) => void failures.push(problem),
  });

beforeAll(async () => {
  db = await openTestDb();
  core = { db, now: () => new Date(), sessionTtlMs: 0 };
  ws = await seedArticles(ARTICLES);
  await seedArticles(OTHER_WORKSPACE);
  fake = await startFakeChatServer();
  answer = generative();
});
afterAll(async () => {
  await fake.close();
  await db.close();
});
beforeEach(() => {
  fake.requests.length = 0;
  failures = [];
});

const ask = (question: string, answerer = answer) => answerer(core, { workspaceId: ws, question });

/** The passages of the last request, by number: `[n] Title` then the excerpt. */
function sentPassages() {
  const user = fake.requests.at(-1)!.body.messages[1]!.content;
  const blocks = user.split('\n\n');
  return {
    head: blocks[0],
    tail: blocks.at(-1),
    passages: blocks.slice(1, -1).map((b) => {
      const [, n, title, text] = /^\[(\d+)\] (.+)\n([\s\S]+)$/.exec(b)!;
      return { n: Number(n), title: title!, text: text! };
    }),
  };
}

describe('generative answers', () => {
  it('sends the model only the question and numbered passages of this workspace’s published articles', async () => {
    fake.reply({ content: 'Refunds reach your card within five business days [1].' });
    const question = 'How long do refunds take to reach my card after a return?';
    await ask(question);
    expect(fake.requests).toHaveLength(1);
    const request = fake.requests[0]!;
    expect(request).toMatchObject({ method: 'POST', path: '/v1/chat/completions' });
    expect(request.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(request.body).toMatchObject({ model: 'test-model', temperature: 0 });
    expect(request.body.max_tokens).toBeGreaterThan(0);
    expect(request.body.messages.map((m) => m.role)).toEqual(['system', 'user']);
    const system = request.body.messages[0]!.content;
    expect(system).toContain('ONLY the numbered passages');
    expect(system).toContain(`reply with exactly ${DECLINE_TOKEN}`);

    const { head, tail, passages } = sentPassages();
    expect(head).toBe('Passages:');
    expect(tail).toBe(`Question: ${question}`);
    expect(passages.length).toBeGreaterThanOrEqual(1);
    expect(passages.length).toBeLessThanOrEqual(3);
    expect(passages[0]).toMatchObject({ n: 1, title: 'Returning an item' });
    expect(passages[0]!.text).toContain('Refunds reach your card within five business days');
    passages.forEach((p, i) => {
      expect(p.n).toBe(i + 1);
      const source = ARTICLES.find((a) => a.title === p.title && !a.status)!;
      for (const sentence of p.text.split(/(?<=\.) /)) expect(source.content).toContain(sentence);
    });
    const user = request.body.messages[1]!.content;
    expect(user).not.toContain('DRAFT-ONLY-TEXT');
    expect(user).not.toContain('OTHER-WORKSPACE-TEXT');
  });

  it('returns the model’s answer with the citations it used, in the order it cited them', async () => {
    const question = 'How much does shipping live yeast cost?';
    fake.reply({ content: 'Yeast goes out with a cold pack [2]. Shipping is 4.90 euros [1][7].' });
    const a = await ask(question);
    const { passages } = sentPassages();
    expect(passages.length).toBeGreaterThanOrEqual(2);
    expect(a).toMatchObject({
      declined: false,
      answer: 'Yeast goes out with a cold pack [2]. Shipping is 4.90 euros [1].',
    });
    expect(a.citations.map((c) => c.title)).toEqual([passages[1]!.title, passages[0]!.title]);
    expect(a.citations[1]!.score).toBe(1);
    expect(a.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it('replaces an answer that cites no passage with a decline', async () => {
    for (const content of ['Refunds take about a week.', 'Refunds take a week [9].']) {
      fake.reply({ content });
      const a = await ask('How long do refunds take to reach my card after a return?');
      expect(a, content).toMatchObject({ declined: true, answer: null, citations: [] });
      expect(a.confidence).toBeGreaterThanOrEqual(0.5);
    }
    expect(failures).toEqual([]);
  });

  it('declines when the model replies with the decline token', async () => {
    fake.reply({ content: DECLINE_TOKEN });
    const a = await ask('Can I return an item after 30 days of delivery?');
    expect(fake.requests).toHaveLength(1);
    expect(a).toMatchObject({ declined: true, answer: null, citations: [] });
  });

  it('keeps the answer plain text, without the HTML a model may add', async () => {
    fake.reply({
      content: '<p>Refunds take <b>five</b> business days [1].<script>alert(1)</script></p>',
    });
    const a = await ask('How long do refunds take to reach my card after a return?');
    expect(a.answer).toBe('Refunds take five business days [1].');
  });

  it('declines without crashing when the model server errs, stalls or sends garbage', async () => {
    const question = 'How long do refunds take to reach my card after a return?';
    fake.reply({ status: 500, body: 'model exploded' });
    fake.reply({ raw: '{"choices": [ not json' });
    fake.reply({ raw: '{"result": "no choices here"}' });
    for (let i = 0; i < 3; i++) {
      expect(await ask(question)).toMatchObject({ declined: true, answer: null, citations: [] });
    }
    fake.reply({ hang: true });
    const started = Date.now();
    const slow = await ask(question, generative(300));
    expect(slow).toMatchObject({ declined: true, answer: null });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(failures).toEqual([
      'HTTP 500',
      'a reply that is not a chat completion',
      'a reply that is not a chat completion',
      'no reply within 300 ms',
    ]);
    // Still serving afterwards.
    fake.reply({ content: 'Five business days [1].' });
    expect((await ask(question)).answer).toBe('Five business days [1].');
  });

  it('declines when the model server cannot be reached at all', async () => {
    const gone = await startFakeChatServer();
    await gone.close();
    const unreachable = createAnswerer({
      settings: { baseUrl: gone.baseUrl, model: 'm', apiKey: API_KEY, timeoutMs: 2000 },
      onModelFailure: (problem) => void failures.push(problem),
    });
    const a = await ask('How long do refunds take to reach my card after a return?', unreachable);
    expect(a).toMatchObject({ declined: true, answer: null });
    expect(failures).toEqual(['request failed: ECONNREFUSED']);
    expect(failures.join()).not.toContain(API_KEY);
  });

  it('never asks the model about a question the articles do not cover', async () => {
    for (const q of [
      'What is the weather in Lisbon tomorrow?',
      'how do I transfer money from checking to savings',
      'can you recommend a good pizza place',
      'hello',
    ]) {
      expect(await ask(q), q).toMatchObject({ declined: true, answer: null, citations: [] });
    }
    expect(fake.requests).toEqual([]);
  });

  it('is off unless a model server is configured: retrieval answers, no request is made', async () => {
    const off = createAnswerer();
    const question = 'How long do refunds take to reach my card after a return?';
    expect(await ask(question, off)).toEqual(
      await answerQuestion(core, { workspaceId: ws, question }),
    );
    expect(fake.requests).toEqual([]);
  });
});
