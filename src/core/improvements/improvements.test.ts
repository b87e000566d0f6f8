import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedMember, seedWorkspace } from '../../../test/seed.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { complain, openVisitor } from '../../http/routes/cases.test-helpers.js';
import { customerSays, indexAll, review, seedContact } from '../topics/feedback.test-helpers.js';
import { listTopics } from '../topics/list-topics.js';
import { createImprovement } from './create-improvement.js';
import { getImprovement } from './get-improvement.js';
import { linkFeedback } from './link-feedback.js';
import { notifyPendingImprovements, notifyRaisers } from './notify-raisers.js';
import { updateImprovement } from './update-improvement.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  t.core.emailEnabled = true;
});
afterAll(() => t.close());

const DAY = 86_400_000;

const told = (improvementId: string) =>
  t.db.query<{ contact_id: string; conversation_id: string | null; emailed: boolean }>(
    'select contact_id, conversation_id, emailed from improvement_notices where improvement_id = $1 order by contact_id',
    [improvementId],
  );
const emailsTo = (workspaceId: string) =>
  t.db.query<{ to_address: string; data: { text: string; sender: { name: string } } }>(
    `select to_address, data from email_outbox where workspace_id = $1 and template = 'improvement_shipped'
      order by to_address`,
    [workspaceId],
  );
const notes = (conversationId: string) =>
  t.db.query<{ author_type: string; body: string; client_id: string }>(
    `select author_type, body, client_id from messages where conversation_id = $1 and client_id like 'improvement-%'`,
    [conversationId],
  );

/** Customers who wrote about deliveries (unhappy, neutral and happy), refunds, and elsewhere. */
async function loopWorkspace() {
  const ws = await seedWorkspace(t.core);
  const owner = await seedMember(t.core, ws.id, { role: 'owner' });
  const actor = { workspaceId: ws.id, userId: owner.userId };
  const angry = await review(t, ws.id, 1, 'The delivery was late and the box was crushed. Awful.');
  const neutral = await review(t, ws.id, 3, 'Delivery took nine days');
  const happy = await review(t, ws.id, 5, 'Delivery was quick, wonderful!');
  const refund = await review(t, ws.id, 1, 'My refund never came, terrible');
  const chatter = await seedContact(t, ws.id, { name: 'Chat Chen' });
  const chatConversation = await customerSays(
    t,
    ws.id,
    chatter.id,
    'Hello',
    'Where is my delivery? It is so late, this is frustrating',
  );
  // No conversation (a review) and no email: told as far as anyone can be, and counted so.
  const silent = await review(t, ws.id, 2, 'Delivery is late again, annoying', { email: null });
  const visitor = await openVisitor(t, ws.public_key);
  const complaint = await complain(visitor, {
    description: 'The malt was ruined, terrible packing.',
  });
  await indexAll(t);
  const delivery = (await listTopics(t.core, ws.id, {})).topics.find((x) => x.name === 'Delivery')!;
  return {
    ws,
    owner,
    actor,
    angry,
    neutral,
    happy,
    refund,
    chatter,
    chatConversation,
    silent,
    complaint,
    delivery,
  };
}

describe('the outer loop: a shipped improvement tells those who raised it', () => {
  it('tells exactly the raisers, once each, through the widget and by email', async () => {
    const w = await loopWorkspace();
    const other = await seedWorkspace(t.core);
    await review(t, other.id, 1, 'Delivery was late, awful');
    await indexAll(t);
    const improvement = await createImprovement(t.core, w.actor, {
      title: 'Ship from the Leeds warehouse',
      topicId: w.delivery.id,
      rootCause: 'One courier for the whole country',
      announcement: 'Orders now leave from Leeds the same day.',
      ownerId: w.owner.userId,
      targetDate: '2030-01-31',
    });
    const link = await linkFeedback(t.core, w.actor, improvement.id, {
      caseId: w.complaint.caseId,
    });
    expect(link).toEqual({ linked: true, told: 0 });
    await updateImprovement(t.core, w.actor, improvement.id, { status: 'planned' });
    expect(await told(improvement.id)).toEqual([]);

    t.events.length = 0;
    const shipped = await updateImprovement(t.core, w.actor, improvement.id, { status: 'shipped' });
    expect(shipped).toEqual({ shipped: true, told: 5 });
    const notices = await told(improvement.id);
    const contactOf = async (conversationId: string) =>
      (
        await t.db.query<{ contact_id: string }>(
          'select contact_id from conversations where id = $1',
          [conversationId],
        )
      )[0]!.contact_id;
    const complainer = await contactOf(w.complaint.conversationId);
    expect(notices.map((n) => n.contact_id).sort()).toEqual(
      [w.angry.contactId, w.neutral.contactId, w.chatter.id, w.silent.contactId, complainer].sort(),
    );
    const unreachable = notices.find((n) => n.contact_id === w.silent.contactId)!;
    expect(unreachable).toMatchObject({ conversation_id: null, emailed: false });

    const chatNotes = await notes(w.chatConversation);
    expect(chatNotes).toHaveLength(1);
    expect(chatNotes[0]!.author_type).toBe('system');
    expect(chatNotes[0]!.body).toMatch(
      /^Hi Chat, you told us about delivery, and we listened\. Orders now leave from Leeds the same day\./,
    );
    expect(chatNotes[0]!.body).toMatch(/— Name-[0-9a-f]+, Workspace-[0-9a-f]+$/);
    expect(await notes(w.complaint.conversationId)).toHaveLength(1);
    const heard = t.events.filter((e) => !e.internal && e.frame.t === 'message');
    expect(heard.map((e) => e.conversationId).sort()).toEqual(
      [w.chatConversation, w.complaint.conversationId].sort(),
    );

    const emails = await emailsTo(w.ws.id);
    expect(emails).toHaveLength(notices.filter((n) => n.emailed).length);
    expect(emails.map((e) => e.to_address)).not.toContain(undefined);
    expect(emails.every((e) => e.data.text.includes('Orders now leave from Leeds'))).toBe(true);
    expect(await emailsTo(other.id)).toEqual([]);

    const detail = await getImprovement(t.core, w.ws.id, improvement.id);
    expect(detail).toMatchObject({
      status: 'shipped',
      raisers: 5,
      notices: { told: 5, unreachable: 1 },
    });
    expect(detail.history.map((h) => h.to)).toEqual(['planned', 'shipped']);
  });

  it('never tells anyone twice, even when shipped, reopened and shipped again', async () => {
    const w = await loopWorkspace();
    const improvement = await createImprovement(t.core, w.actor, {
      title: 'Sturdier boxes',
      topicId: w.delivery.id,
      rootCause: '',
      announcement: '',
      ownerId: null,
      targetDate: null,
    });
    await updateImprovement(t.core, w.actor, improvement.id, { status: 'shipped' });
    const first = await told(improvement.id);
    const firstNotes = await notes(w.chatConversation);
    const firstEmails = await emailsTo(w.ws.id);

    await updateImprovement(t.core, w.actor, improvement.id, { status: 'in_progress' });
    t.advance(DAY);
    const latecomer = await review(t, w.ws.id, 1, 'Delivery lost my parcel, terrible');
    await indexAll(t);
    await updateImprovement(t.core, w.actor, improvement.id, { status: 'shipped' });
    await Promise.all([
      notifyRaisers(t.core, w.ws.id, improvement.id),
      notifyRaisers(t.core, w.ws.id, improvement.id),
      notifyPendingImprovements(t.core),
    ]);
    const second = await told(improvement.id);
    expect(second.map((n) => n.contact_id).sort()).toEqual(
      [...first.map((n) => n.contact_id), latecomer.contactId].sort(),
    );
    expect(await notes(w.chatConversation)).toEqual(firstNotes);
    expect((await emailsTo(w.ws.id)).length).toBe(firstEmails.length + 1);
    expect(firstNotes[0]!.body).toContain('We have made a change: Sturdier boxes.');
  });

  it('a hand-linked customer of a shipped improvement is told when linked, once', async () => {
    const w = await loopWorkspace();
    const improvement = await createImprovement(t.core, w.actor, {
      title: 'Refunds within a day',
      topicId: null,
      rootCause: '',
      announcement: '',
      ownerId: w.owner.userId,
      targetDate: null,
    });
    await updateImprovement(t.core, w.actor, improvement.id, { status: 'shipped' });
    expect(await told(improvement.id)).toEqual([]);
    const linked = await linkFeedback(t.core, w.actor, improvement.id, {
      responseId: w.refund.responseId,
    });
    expect(linked).toEqual({ linked: true, told: 1 });
    expect(
      await linkFeedback(t.core, w.actor, improvement.id, { responseId: w.refund.responseId }),
    ).toEqual({
      linked: false,
      told: 0,
    });
    expect((await told(improvement.id)).map((n) => n.contact_id)).toEqual([w.refund.contactId]);
    await expect(
      linkFeedback(
        t.core,
        { ...w.actor, workspaceId: (await seedWorkspace(t.core)).id },
        improvement.id,
        {
          responseId: w.refund.responseId,
        },
      ),
    ).rejects.toThrow('Improvement not found');
  });

  it('shows the topic’s volume in the four weeks before shipping and since', async () => {
    const ws = await seedWorkspace(t.core);
    const owner = await seedMember(t.core, ws.id, { role: 'owner' });
    const actor = { workspaceId: ws.id, userId: owner.userId };
    for (let i = 0; i < 6; i++) await review(t, ws.id, 1, `Checkout broke again (${i}), terrible`);
    await indexAll(t);
    const checkout = (await listTopics(t.core, ws.id, {})).topics.find(
      (x) => x.name === 'Checkout',
    )!;
    const improvement = await createImprovement(t.core, actor, {
      title: 'New checkout',
      topicId: checkout.id,
      rootCause: '',
      announcement: '',
      ownerId: null,
      targetDate: null,
    });
    t.advance(1000);
    await updateImprovement(t.core, actor, improvement.id, { status: 'shipped' });
    t.advance(7 * DAY);
    await review(t, ws.id, 4, 'Checkout is fine now');
    await indexAll(t);
    const { impact } = await getImprovement(t.core, ws.id, improvement.id);
    expect(impact!.before).toMatchObject({ days: 28, texts: 6, negative: 6 });
    expect(impact!.before.perWeek).toBeCloseTo(1.5);
    expect(impact!.after).toMatchObject({ days: 7, texts: 1, negative: 0, perWeek: 1 });
  });
});
