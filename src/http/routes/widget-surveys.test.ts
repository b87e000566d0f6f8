import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import type { WireMessage } from '../../shared/realtime.js';
import {
  manualClock,
  resolvedConversation,
  seedCustomer,
  seedTeam,
  withSurveyTrigger,
} from '../../core/surveys/surveys.test-helpers.js';

let t: TestApp;
let trigger: ReturnType<typeof withSurveyTrigger>;

beforeAll(async () => {
  t = await createTestApp();
  trigger = withSurveyTrigger(t);
});
afterAll(() => t.close());

/** The survey invitation the customer's widget received in the conversation, if any. */
function invitation(conversationId: string): WireMessage | undefined {
  for (const e of t.events) {
    if (e.conversationId !== conversationId || e.internal || e.frame.t !== 'message') continue;
    if (e.frame.message.meta?.kind === 'survey') return e.frame.message;
  }
  return undefined;
}

describe('surveys in the widget', () => {
  it('resolving a conversation puts a CSAT card in it; the customer answers with one tap, then comments', async () => {
    manualClock(t);
    const { workspace, agent } = await seedTeam(t);
    const sam = await seedCustomer(t, workspace.public_key, { email: null });
    const conversationId = await resolvedConversation(t, workspace.id, sam.contactId, agent.id);
    await trigger.drain();
    const card = invitation(conversationId);
    expect(card).toMatchObject({ authorType: 'system', meta: { survey: { kind: 'csat' } } });
    const offerId = card!.meta!.survey!.offerId;

    expect(await (await sam.call(`/surveys/${offerId}`)).json()).toEqual({
      offerId,
      kind: 'csat',
      status: 'open',
      score: null,
      comment: null,
      thanks: null,
    });
    const tapped = await sam.call(`/surveys/${offerId}/answer`, { score: 5 });
    expect(tapped.status).toBe(200);
    expect(await tapped.json()).toMatchObject({
      status: 'answered',
      score: 5,
      first: true,
      thanks: { name: agent.name, text: expect.stringContaining('Thank you, Sam.') },
    });
    const commented = await sam.call(`/surveys/${offerId}/comment`, {
      comment: 'Quick and kind, thanks!',
    });
    expect(await commented.json()).toMatchObject({ comment: 'Quick and kind, thanks!' });
  });

  it('complaints are left to their case: resolving one offers no CSAT', async () => {
    manualClock(t);
    const { workspace, agent } = await seedTeam(t);
    const sam = await seedCustomer(t, workspace.public_key);
    const id = await resolvedConversation(t, workspace.id, sam.contactId, agent.id, 'complaint');
    await trigger.drain();
    expect(invitation(id)).toBeUndefined();
  });

  it('a visitor cannot see or answer another customer’s survey, in this workspace or another', async () => {
    manualClock(t);
    const { workspace, agent } = await seedTeam(t);
    const sam = await seedCustomer(t, workspace.public_key);
    const conversationId = await resolvedConversation(t, workspace.id, sam.contactId, agent.id);
    await trigger.drain();
    const offerId = invitation(conversationId)!.meta!.survey!.offerId;
    const neighbour = await seedCustomer(t, workspace.public_key, { name: 'Alex Kim' });
    const other = await seedTeam(t);
    const stranger = await seedCustomer(t, other.workspace.public_key);
    for (const who of [neighbour, stranger]) {
      expect((await who.call(`/surveys/${offerId}`)).status).toBe(404);
      expect((await who.call(`/surveys/${offerId}/answer`, { score: 1 })).status).toBe(404);
    }
    const outsider = await t.fetch(`/api/widget/surveys/${offerId}`, {
      headers: { 'x-parley-key': workspace.public_key },
    });
    expect(outsider.status).toBe(401);
    expect(await (await sam.call(`/surveys/${offerId}`)).json()).toMatchObject({ status: 'open' });
  });

  it('refuses a score off the scale with a message that says the scale', async () => {
    manualClock(t);
    const { workspace, agent } = await seedTeam(t);
    const sam = await seedCustomer(t, workspace.public_key);
    const conversationId = await resolvedConversation(t, workspace.id, sam.contactId, agent.id);
    await trigger.drain();
    const offerId = invitation(conversationId)!.meta!.survey!.offerId;
    const res = await sam.call(`/surveys/${offerId}/answer`, { score: 6 });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { message: 'Choose a score from 1 to 5.' } });
  });

  it('a review is stars in one tap, words after; a one-star review is followed up by the owner', async () => {
    manualClock(t);
    const { workspace, owner } = await seedTeam(t);
    const sam = await seedCustomer(t, workspace.public_key);
    const res = await sam.call('/reviews', { stars: 1 });
    expect(res.status).toBe(201);
    const review = (await res.json()) as { reviewId: string; thanks: { name: string } };
    expect(review).toMatchObject({ stars: 1, comment: null, thanks: { name: owner.name } });
    const words = await sam.call(`/reviews/${review.reviewId}/comment`, {
      comment: 'The tap leaked after a week.',
    });
    expect(words.status).toBe(204);
    const [row] = await t.db.query<{
      kind: string;
      score: number;
      comment: string;
      owner_id: string;
    }>(
      `select r.kind, r.score, r.comment, f.owner_id from survey_responses r
        join feedback_follow_ups f on f.response_id = r.id where r.id = $1`,
      [review.reviewId],
    );
    expect(row).toEqual({
      kind: 'review',
      score: 1,
      comment: 'The tap leaked after a week.',
      owner_id: owner.id,
    });
    const neighbour = await seedCustomer(t, workspace.public_key);
    const stolen = await neighbour.call(`/reviews/${review.reviewId}/comment`, { comment: 'x' });
    expect(stolen.status).toBe(404);
  });

  it('a flood of reviews from one visitor is turned away politely', async () => {
    manualClock(t);
    const { workspace } = await seedTeam(t);
    const sam = await seedCustomer(t, workspace.public_key);
    for (let i = 0; i < 5; i++) expect((await sam.call('/reviews', { stars: 5 })).status).toBe(201);
    const sixth = await sam.call('/reviews', { stars: 5 });
    expect(sixth.status).toBe(429);
    expect(sixth.headers.get('retry-after')).toBe('3600');
  });
});
