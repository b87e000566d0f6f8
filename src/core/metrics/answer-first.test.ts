import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../../../test/test-db.js';
import { seedMember } from '../../../test/seed.js';
import type { Db } from '../../db/db.js';
import type { AnswerFirstMetrics } from '../../shared/schemas/metrics.js';
import { changeOwner } from '../conversations/change-owner.js';
import type { ConversationDeps } from '../conversations/realtime-deps.js';
import { recordArticleVote } from '../kb/help-center/record-article-vote.js';
import { answerFirstMetrics } from './answer-first.js';
import {
  conversationDeps,
  customerOf,
  workspaceWithArticles,
} from './assistant-conversations.test-helpers.js';

const HOUR = 3_600_000;
const SHIPPING = 'How much does shipping cost?';
const OFF_TOPIC = 'What is the capital of Peru?';

let db: Db;
let deps: ConversationDeps;
let shop: { id: string; public_key: string };
let other: { id: string; public_key: string };
/** Top citations of the answers customers rated, for the article vote checks. */
const rated = { helpful: [] as string[], notHelpful: [] as string[] };
/** Every article an answer cited, once per answer. */
const cited = new Map<string, number>();

/** The figures as they stand `hours` after the conversations were made. */
const metricsAt = (hours: number, workspaceId = shop.id, query = {}) =>
  answerFirstMetrics(
    { db, now: () => new Date(Date.now() + hours * HOUR) },
    { workspaceId, ...query },
  );

const cite = <A extends { citations: { articleId: string }[] }>(answer: A): A => {
  for (const c of answer.citations) cited.set(c.articleId, (cited.get(c.articleId) ?? 0) + 1);
  return answer;
};

beforeAll(async () => {
  db = await openTestDb();
  deps = conversationDeps(db);
  shop = await workspaceWithArticles(deps);
  other = await workspaceWithArticles(deps);
  const agent = await seedMember(deps, shop.id);
  const c = await customerOf(deps, shop);

  // 1. Confirmed: the customer said the answer helped.
  const confirmed = await c.asks(SHIPPING);
  cite(confirmed.answer!);
  await c.rates(confirmed.conversationId, confirmed.answer!.seq, true);
  rated.helpful.push(confirmed.answer!.citations[0]!.articleId);

  // 2. Silent: answered, then nothing; resolved once 24 h pass.
  cite((await c.asks('How should I store yeast?')).answer!);

  // 3. Came back: wrote again after the last answer (and nobody answered that).
  const cameBack = await c.asks('Can I change my order after paying?');
  cite(cameBack.answer!);
  await c.writes(cameBack.conversationId, 'That does not say what happens if it already shipped.');

  // 4. Rated unhelpful once, then silence: never counted as resolved.
  const unhelpful = await c.asks('How do I track my order?');
  cite(unhelpful.answer!);
  await c.rates(unhelpful.conversationId, unhelpful.answer!.seq, false);
  rated.notHelpful.push(unhelpful.answer!.citations[0]!.articleId);

  // 5–8. Handed to people, one for each reason.
  const asked = await c.asks('How do I return an item?');
  cite(asked.answer!);
  await c.wantsPerson(asked.conversationId);

  const declined = await c.asks(OFF_TOPIC);
  expect(declined.answer!.declined).toBe(true);

  const twice = await c.asks('How should I store yeast?');
  cite(twice.answer!);
  await c.rates(twice.conversationId, twice.answer!.seq, false);
  const again = cite(await c.asksAgain(twice.conversationId, 'How do I keep yeast fresh?'));
  expect(await c.rates(twice.conversationId, again.seq, false)).toEqual({ handedOver: true });
  rated.notHelpful.push(twice.answer!.citations[0]!.articleId, again.citations[0]!.articleId);

  const takenOver = await c.asks("What's in the Starter Brew Kit?");
  cite(takenOver.answer!);
  await changeOwner(deps, {
    workspaceId: shop.id,
    conversationId: takenOver.conversationId,
    change: { type: 'claim', userId: agent.userId },
    actorId: agent.userId,
  });

  // Not the assistant's: a complaint goes straight to people.
  await c.asks('My parcel arrived crushed', 'complaint');

  // A reader of the help center found the shipping article helpful.
  const shipping = await db.query<{ slug: string }>(
    'select slug from kb_articles where workspace_id = $1 and title = $2',
    [shop.id, 'Shipping times and costs'],
  );
  await recordArticleVote(deps, { workspaceId: shop.id, slug: shipping[0]!.slug, helpful: true });

  // Another workspace's conversations, which must never show up in the shop's figures.
  const stranger = await customerOf(deps, other);
  const theirs = await stranger.asks(SHIPPING);
  await stranger.rates(theirs.conversationId, theirs.answer!.seq, true);
  await stranger.asks(OFF_TOPIC);
  const theirsToo = await stranger.asks('How should I store yeast?');
  await stranger.wantsPerson(theirsToo.conversationId);
});
afterAll(() => db.close());

describe('automated resolution', () => {
  it('counts a confirmed answer at once and keeps quiet conversations pending for 24 hours', async () => {
    const { automatedResolution } = await metricsAt(1);
    expect(automatedResolution).toEqual({
      assistantFirst: 8,
      pending: 2, // the silent one and the one rated unhelpful: both may still change
      considered: 6,
      resolved: 1,
      confirmed: 1,
      silent: 0,
      rate: 1 / 6,
    });
  });

  it('after 24 hours of silence an answer counts as resolved, unless it was rated unhelpful or the customer wrote again', async () => {
    const { automatedResolution } = await metricsAt(25);
    expect(automatedResolution).toEqual({
      assistantFirst: 8,
      pending: 0,
      considered: 8,
      resolved: 2,
      confirmed: 1,
      silent: 1,
      rate: 2 / 8,
    });
  });

  it("another workspace's conversations are never counted, and it sees only its own", async () => {
    const theirs = await metricsAt(25, other.id);
    expect(theirs.automatedResolution).toMatchObject({ assistantFirst: 3, resolved: 1 });
    expect(theirs.escalation.byReason.map((r) => [r.reason, r.count]).sort()).toEqual([
      ['asked_for_person', 1],
      ['bot_declined', 1],
    ]);
    expect(theirs.answers.total).toBe(3);
  });
});

describe('escalation', () => {
  it('counts every assistant conversation handed to people, by the reason it was handed over', async () => {
    const { escalation } = await metricsAt(1);
    expect(escalation).toMatchObject({ count: 4, of: 8, rate: 0.5 });
    const byReason = Object.fromEntries(escalation.byReason.map((r) => [r.reason, r]));
    expect(Object.keys(byReason).sort()).toEqual([
      'asked_for_person',
      'bot_declined',
      'claimed',
      'not_helpful',
    ]);
    for (const r of escalation.byReason) expect(r).toMatchObject({ count: 1, of: 8, rate: 1 / 8 });
  });
});

describe('automated answers', () => {
  it('reports the share declined and the share of rated answers that helped', async () => {
    const { answers } = await metricsAt(1);
    // Nine answers: one per conversation, and two in the one rated unhelpful twice.
    expect(answers.total).toBe(9);
    expect(answers.declined).toEqual({ count: 1, of: 9, rate: 1 / 9 });
    expect(answers.helpful).toEqual({ count: 1, of: 4, rate: 1 / 4 });
  });
});

describe('article helpfulness', () => {
  it('lists how often each article was cited, with its votes from the widget and the help center', async () => {
    const { articles } = await metricsAt(1);
    const citedNow = new Map(articles.mostCited.map((a) => [a.id, a.cited]));
    expect(citedNow).toEqual(cited);
    const shipping = articles.mostCited.find((a) => a.title === 'Shipping times and costs')!;
    const widgetVotes = (id: string, list: string[]) => list.filter((x) => x === id).length;
    expect(shipping.helpful).toBe(widgetVotes(shipping.id, rated.helpful) + 1);
    expect(shipping.notHelpful).toBe(widgetVotes(shipping.id, rated.notHelpful));
  });

  it('ranks articles helpful more often than not on top, and the others at the bottom, worst first', async () => {
    const { articles } = await metricsAt(1);
    expect(articles.top.length + articles.bottom.length).toBeGreaterThan(0);
    for (const a of articles.top) expect(a.helpful).toBeGreaterThan(a.notHelpful);
    for (const a of articles.bottom) expect(a.notHelpful).toBeGreaterThanOrEqual(a.helpful);
    const top = new Set(articles.top.map((a) => a.id));
    expect(articles.bottom.some((a) => top.has(a.id))).toBe(false);
    const worst = articles.bottom[0]!;
    expect(rated.notHelpful).toContain(worst.id);
  });
});

describe('the period', () => {
  const empty = (m: AnswerFirstMetrics) => ({
    assistantFirst: m.automatedResolution.assistantFirst,
    handedOver: m.escalation.count,
    answers: m.answers.total,
    cited: m.articles.mostCited.length,
  });

  it('counts only conversations and answers of the chosen period', async () => {
    const before = await metricsAt(1, shop.id, { from: '2024-01-01', to: '2024-01-31' });
    expect(before.period).toMatchObject({
      from: '2024-01-01T00:00:00.000Z',
      to: '2024-02-01T00:00:00.000Z',
    });
    expect(empty(before)).toEqual({ assistantFirst: 0, handedOver: 0, answers: 0, cited: 0 });
    expect(before.automatedResolution.rate).toBeNull();
  });

  it('defaults to the 30 days up to now and knows nothing that happens after now', async () => {
    const later = await metricsAt(24 * 40);
    expect(empty(later)).toEqual({ assistantFirst: 0, handedOver: 0, answers: 0, cited: 0 });
    const beforeAnyOfIt = await answerFirstMetrics(
      { db, now: () => new Date(Date.now() - HOUR) },
      { workspaceId: shop.id },
    );
    expect(empty(beforeAnyOfIt)).toEqual({
      assistantFirst: 0,
      handedOver: 0,
      answers: 0,
      cited: 0,
    });
    const day = 24 * HOUR;
    const m = await metricsAt(1);
    expect(Date.parse(m.period.to) - Date.parse(m.period.from)).toBe(30 * day);
    expect(m.period.to).toBe(m.period.asOf);
  });
});
