import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedMember, seedWorkspace } from '../../../test/seed.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { createTopic } from './create-topic.js';
import { indexAll, review, topicsOfText } from './feedback.test-helpers.js';
import { listTopics } from './list-topics.js';
import { addTopicRule, removeTopicRule } from './manage-topic-rules.js';
import { mergeTopics } from './merge-topics.js';
import { renameTopic } from './rename-topic.js';
import { splitTopic } from './split-topic.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** A workspace whose customers wrote about deliveries, refunds and the courier. */
async function feedbackWorkspace() {
  const ws = await seedWorkspace(t.core);
  const admin = await seedMember(t.core, ws.id, { role: 'admin' });
  const ids: Record<string, string> = {};
  const texts = {
    late: 'The delivery was late again',
    slowDelivery: 'Slow delivery, two weeks for a kettle',
    slowDelivery2: 'Slow delivery of my order',
    courier: 'The delivery courier was rude to me',
    courier2: 'Courier left the parcel in the rain',
    courier3: 'Courier never rang the bell',
    refund: 'Refund still missing',
    refund2: 'Where is my refund',
    refund3: 'Refund took a month',
  };
  for (const [name, text] of Object.entries(texts)) {
    ids[name] = (await review(t, ws.id, 2, text)).responseId;
  }
  await indexAll(t);
  return { ws, actor: { workspaceId: ws.id, userId: admin.userId }, ids };
}

const byName = async (workspaceId: string) =>
  new Map((await listTopics(t.core, workspaceId, {})).topics.map((x) => [x.name, x]));

/** Every text is in the topics that its stored assignments say, and counts add up. */
async function countsMatchAssignments(workspaceId: string) {
  const [row] = await t.db.query<{ n: number }>(
    'select count(*)::int as n from feedback_text_topics where workspace_id = $1',
    [workspaceId],
  );
  const listed = (await listTopics(t.core, workspaceId, {})).topics.reduce(
    (n, x) => n + x.texts,
    0,
  );
  expect(listed).toBe(row!.n);
}

describe('an admin shapes the topics', () => {
  it('renames a topic and its texts, phrases and counts stay with it', async () => {
    const { ws, ids } = await feedbackWorkspace();
    const delivery = (await byName(ws.id)).get('Delivery')!;
    await renameTopic(t.core, ws.id, delivery.id, { name: 'Shipping' });
    const after = (await byName(ws.id)).get('Shipping')!;
    expect(after).toMatchObject({
      id: delivery.id,
      texts: delivery.texts,
      phrases: delivery.phrases,
    });
    expect(await topicsOfText(t, { responseId: ids.late! })).toEqual(['Shipping']);
    const refund = (await byName(ws.id)).get('Refund')!;
    await expect(renameTopic(t.core, ws.id, refund.id, { name: 'shipping' })).rejects.toThrow(
      'already a topic called',
    );
  });

  it('merges topics: every text of either is in the merged one once, the other is gone', async () => {
    const { ws, ids } = await feedbackWorkspace();
    const topics = await byName(ws.id);
    const delivery = topics.get('Delivery')!;
    const courier = topics.get('Courier')!;
    expect(await topicsOfText(t, { responseId: ids.courier! })).toEqual(['Courier', 'Delivery']);
    const merged = await mergeTopics(t.core, ws.id, delivery.id, { topicIds: [courier.id] });
    expect(merged.texts).toBe(6);
    expect(merged.phrases.map((p) => p.phrase)).toEqual(
      expect.arrayContaining(['delivery', 'courier']),
    );
    expect((await byName(ws.id)).has('Courier')).toBe(false);
    expect(await topicsOfText(t, { responseId: ids.courier! })).toEqual(['Delivery']);
    expect(await topicsOfText(t, { responseId: ids.courier3! })).toEqual(['Delivery']);
    await countsMatchAssignments(ws.id);
    // New texts about couriers follow their phrases into the merged topic.
    const later = await review(t, ws.id, 2, 'The courier was late');
    await indexAll(t);
    expect(await topicsOfText(t, { responseId: later.responseId })).toEqual(['Delivery']);
  });

  it('splits phrases into a new topic that keeps them, now and for new texts', async () => {
    const { ws, ids } = await feedbackWorkspace();
    const delivery = (await byName(ws.id)).get('Delivery')!;
    const slow = delivery.phrases.find((p) => p.phrase === 'slow')!;
    expect(slow).toBeDefined();
    const speed = await splitTopic(t.core, ws.id, delivery.id, {
      name: 'Speed',
      phrases: [slow.key],
      ruleIds: [],
    });
    expect(speed.phrases).toEqual([{ ...slow, pinned: true }]);
    expect(await topicsOfText(t, { responseId: ids.slowDelivery! })).toEqual(['Delivery', 'Speed']);
    expect(await topicsOfText(t, { responseId: ids.late! })).toEqual(['Delivery']);
    const later = await review(t, ws.id, 1, 'So slow!');
    await indexAll(t);
    expect(await topicsOfText(t, { responseId: later.responseId })).toEqual(['Speed']);
    await countsMatchAssignments(ws.id);
    await expect(
      splitTopic(t.core, ws.id, delivery.id, { name: 'Other', phrases: ['refund'], ruleIds: [] }),
    ).rejects.toThrow('phrases of this topic only');
  });

  it('a keyword rule wins over the automatic grouping, and removing it gives the texts back', async () => {
    const { ws, actor, ids } = await feedbackWorkspace();
    const shipping = await createTopic(t.core, ws.id, { name: 'Shipping' });
    const rule = await addTopicRule(t.core, actor, shipping.id, { keyword: 'Deliveries' });
    expect(await topicsOfText(t, { responseId: ids.late! })).toEqual(['Shipping']);
    expect(await topicsOfText(t, { responseId: ids.courier! })).toEqual(['Courier', 'Shipping']);
    expect(await topicsOfText(t, { responseId: ids.refund! })).toEqual(['Refund']);
    const topics = await byName(ws.id);
    expect(topics.get('Shipping')!.texts).toBe(4);
    // What is left of the automatic group: texts that also say "slow", a phrase of its own.
    expect(topics.get('Delivery')!.texts).toBe(2);
    expect(await topicsOfText(t, { responseId: ids.slowDelivery! })).toEqual([
      'Delivery',
      'Shipping',
    ]);
    // New texts follow the rule too.
    const later = await review(t, ws.id, 2, 'Delivery was late');
    await indexAll(t);
    expect(await topicsOfText(t, { responseId: later.responseId })).toEqual(['Shipping']);
    await expect(addTopicRule(t.core, actor, shipping.id, { keyword: 'delivery' })).rejects.toThrow(
      'already has a rule (topic Shipping)',
    );

    await removeTopicRule(t.core, ws.id, rule.id);
    expect(await topicsOfText(t, { responseId: ids.slowDelivery! })).toEqual(['Delivery']);
    // "late" came to be grouped while the rule stood, with the rule's topic; it stays there.
    expect(await topicsOfText(t, { responseId: ids.late! })).toEqual(['Delivery', 'Shipping']);
    await countsMatchAssignments(ws.id);
  });
});
