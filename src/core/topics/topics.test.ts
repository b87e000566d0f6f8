import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedMember, seedWorkspace } from '../../../test/seed.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { complain, openVisitor } from '../../http/routes/cases.test-helpers.js';
import { sendMessage } from '../conversations/send-message.js';
import { commentOnReview } from '../surveys/submit-review.js';
import { customerSays, indexAll, review, seedContact } from './feedback.test-helpers.js';
import { getTopic } from './get-topic.js';
import { indexFeedback } from './index-feedback.js';
import { listTopics } from './list-topics.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const DAY = 86_400_000;
const stored = (workspaceId: string) =>
  t.db.query<{ kind: string; excerpt: string; sentiment: number; sentiment_label: string }>(
    `select kind, excerpt, sentiment, sentiment_label from feedback_texts
      where workspace_id = $1 order by id`,
    [workspaceId],
  );

describe('sentiment on every customer text', () => {
  it('scores customer messages, reviews and complaints once each, and nobody else’s words', async () => {
    const ws = await seedWorkspace(t.core);
    const agent = await seedMember(t.core, ws.id);
    const contact = await seedContact(t, ws.id);
    const conversationId = await customerSays(
      t,
      ws.id,
      contact.id,
      'Thank you, this is wonderful!',
    );
    const who = { kind: 'agent' as const, workspaceId: ws.id, userId: agent.userId };
    await sendMessage(t.core, who, {
      conversationId,
      clientId: 'agent-1',
      body: 'Awful weather today',
    });
    await sendMessage(t.core, who, {
      conversationId,
      clientId: 'note-1',
      body: 'A terrible customer',
      private: true,
    });
    await review(t, ws.id, 1, 'The kettle broke after two days. Very disappointed.');
    const visitor = await openVisitor(t, ws.public_key);
    await complain(visitor, {
      description: 'The malt arrived split open and ruined. Terrible packing.',
    });

    await indexAll(t);
    await indexAll(t);
    const rows = await stored(ws.id);
    expect(rows.map((r) => [r.kind, r.sentiment_label])).toEqual([
      ['message', 'positive'],
      ['review', 'negative'],
      ['complaint', 'negative'],
    ]);
    expect(rows[0]!.sentiment).toBeGreaterThan(0.25);
    expect(rows[1]!.sentiment).toBeLessThan(-0.25);
  });

  it('reads on from the last message of the batch before, leaving the saved cursor alone', async () => {
    await indexAll(t);
    const ws = await seedWorkspace(t.core);
    const contact = await seedContact(t, ws.id);
    await customerSays(t, ws.id, contact.id, 'One', 'Two', 'Three', 'Four', 'Five');
    const cursor = () =>
      t.db.query<{ last_id: number }>(
        "select last_id from feedback_index_cursors where source = 'message'",
      );
    const before = await cursor();
    const first = await indexFeedback(t.core, 'message', 2);
    expect(first.read).toBe(2);
    const saved = await cursor();
    const rest = await indexFeedback(t.core, 'message', 10, { after: first.last! });
    expect(rest.read).toBe(3);
    expect(rest.last).toBeGreaterThan(first.last!);
    // Only the pass's first batch moves the cursor (messages this young do not move it at all).
    expect(await cursor()).toEqual(saved);
    expect(saved).toEqual(before);
    expect((await stored(ws.id)).map((r) => r.excerpt)).toEqual([
      'One',
      'Two',
      'Three',
      'Four',
      'Five',
    ]);
  });

  it('reads a review again when its comment is replaced, counting its phrases once', async () => {
    const ws = await seedWorkspace(t.core);
    const { contactId, responseId } = await review(t, ws.id, 2, 'The delivery was slow');
    await indexAll(t);
    t.advance(1000);
    await commentOnReview(
      t.core,
      { workspaceId: ws.id, contactId },
      { reviewId: responseId, comment: 'Actually the packaging was lovely' },
    );
    await indexAll(t);
    const rows = await stored(ws.id);
    expect(rows.map((r) => [r.excerpt, r.sentiment_label])).toEqual([
      ['Actually the packaging was lovely', 'positive'],
    ]);
    const counts = await t.db.query<{ key: string; doc_count: number }>(
      'select key, doc_count from topic_phrases where workspace_id = $1 order by key',
      [ws.id],
    );
    expect(counts).toEqual([
      { key: 'deliveri', doc_count: 0 },
      { key: 'packag', doc_count: 1 },
      { key: 'slow', doc_count: 0 },
    ]);
  });
});

describe('topics from real customer questions (CLINC150)', () => {
  it('groups questions about the same thing into one topic named after its main word', async () => {
    const data = JSON.parse(
      readFileSync('../shared/data/clinc150/clinc150-train-val.json', 'utf8'),
    ) as { train: [string, string][] };
    const intents = [
      'lost_luggage',
      'report_lost_card',
      'card_declined',
      'pin_change',
      'bill_due',
      'book_hotel',
    ];
    const ws = await seedWorkspace(t.core);
    const intentOf = new Map<string, string>();
    for (const intent of intents) {
      for (const [text] of data.train.filter(([, i]) => i === intent).slice(0, 20)) {
        await customerSays(t, ws.id, (await seedContact(t, ws.id)).id, text);
        intentOf.set(text, intent);
      }
    }
    await indexAll(t);
    const rows = await t.db.query<{ body: string; name: string }>(
      `select m.body, tp.name from feedback_texts f join messages m on m.id = f.message_id
         join feedback_text_topics a on a.text_id = f.id join topics tp on tp.id = a.topic_id
        where f.workspace_id = $1`,
      [ws.id],
    );
    const inTopic = (name: string) =>
      rows.filter((r) => r.name === name).map((r) => intentOf.get(r.body)!);
    const share = (list: string[], want: string[]) =>
      list.filter((i) => want.includes(i)).length / list.length;
    const expected: [string, string[]][] = [
      ['Luggage', ['lost_luggage']],
      ['Card', ['report_lost_card', 'card_declined']],
      ['Pin', ['pin_change']],
      ['Bill', ['bill_due']],
      ['Hotel', ['book_hotel']],
    ];
    for (const [topic, want] of expected) {
      const members = inTopic(topic);
      // Mostly the questions it should hold, and most of those questions.
      expect(share(members, want), topic).toBeGreaterThanOrEqual(0.85);
      const asked = [...intentOf.values()].filter((i) => want.includes(i)).length;
      expect(members.filter((i) => want.includes(i)).length / asked, topic).toBeGreaterThanOrEqual(
        0.7,
      );
    }
    const list = await listTopics(t.core, ws.id, {});
    expect(list.topics[0]!.name).toBe('Card');
    expect(list.topics.find((x) => x.name === 'Luggage')!.phrases.map((p) => p.phrase)).toContain(
      'luggage',
    );
  });
});

describe('trends', () => {
  it('counts each topic’s texts per day and per week, with the negative ones', async () => {
    const ws = await seedWorkspace(t.core);
    const start = t.core.now();
    const plan: [number, number, string][] = [
      [0, 1, 'I never got my refund, this is terrible'],
      [0, 5, 'Refund was quick, thank you'],
      [0, 2, 'Still waiting for my refund, awful'],
      [1, 1, 'My refund is lost, terrible service'],
      [8, 4, 'The refund came through fine'],
    ];
    let day = 0;
    for (const [d, stars, comment] of plan) {
      t.advance((d - day) * DAY);
      day = d;
      await review(t, ws.id, stars, comment);
    }
    await indexAll(t);
    const from = new Date(start.getTime() - DAY).toISOString();
    const to = new Date(t.core.now().getTime() + 1000).toISOString();
    const daily = await listTopics(t.core, ws.id, { from, to, period: 'day' });
    const refund = daily.topics.find((x) => x.name === 'Refund')!;
    expect(refund.texts).toBe(5);
    const days = refund.points.filter((p) => p.texts > 0).map((p) => [p.texts, p.negative]);
    expect(days).toEqual([
      [3, 2],
      [1, 1],
      [1, 0],
    ]);
    expect(refund.points).toHaveLength(daily.all.length);
    expect(refund.negativeShare).toBeCloseTo(3 / 5);

    const weekly = await getTopic(t.core, ws.id, refund.id, { from, to, period: 'week' });
    expect(weekly.points.reduce((n, p) => n + p.texts, 0)).toBe(5);
    expect(weekly.points.every((p) => new Date(`${p.start}T00:00:00Z`).getUTCDay() === 1)).toBe(
      true,
    );
    expect(weekly.recent.map((r) => r.excerpt)[0]).toBe('The refund came through fine');
  });
});

describe('tenancy', () => {
  it('a workspace never sees another’s topics or texts', async () => {
    const a = await seedWorkspace(t.core);
    const b = await seedWorkspace(t.core);
    for (const text of [
      'Checkout is broken',
      'Checkout fails on my phone',
      'Checkout keeps crashing',
    ]) {
      await review(t, a.id, 1, text);
    }
    await indexAll(t);
    const mine = await listTopics(t.core, a.id, {});
    const checkout = mine.topics.find((x) => x.name === 'Checkout')!;
    expect(checkout.texts).toBe(3);
    expect((await listTopics(t.core, b.id, {})).topics).toEqual([]);
    await expect(getTopic(t.core, b.id, checkout.id, {})).rejects.toThrow('Topic not found');
  });
});
