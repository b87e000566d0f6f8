import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/db.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { createWebhookEndpoint } from '../webhooks/manage-webhooks.js';
import { answerSurvey } from './answer-survey.js';
import { listFollowUps } from './list-follow-ups.js';
import { offerSurvey } from './offer-survey.js';
import { recordFollowUp } from './record-follow-up.js';
import { submitReview } from './submit-review.js';
import { summarizeFeedback } from './summarize-feedback.js';
import {
  manualClock,
  resolvedConversation,
  seedCustomer,
  seedTeam,
} from './surveys.test-helpers.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const HOUR = 3_600_000;

/** A workspace, its owner and agent, a customer, and a CSAT offer after a resolved chat. */
async function csatAfterChat() {
  const team = await seedTeam(t);
  const sam = await seedCustomer(t, team.workspace.public_key);
  const conversationId = await resolvedConversation(
    t,
    team.workspace.id,
    sam.contactId,
    team.agent.id,
  );
  const offer = await offerSurvey(t.core, {
    kind: 'csat',
    workspaceId: team.workspace.id,
    contactId: sam.contactId,
    conversationId,
    touchpoint: 'conversation_resolved',
  });
  return { ...team, sam, conversationId, offerId: offer.offerId };
}

async function relational(kind: 'nps' | 'cx') {
  const team = await seedTeam(t);
  const sam = await seedCustomer(t, team.workspace.public_key);
  const offer = await offerSurvey(t.core, {
    kind,
    workspaceId: team.workspace.id,
    contactId: sam.contactId,
    touchpoint: 'relational',
    deliver: 'link',
  });
  return { ...team, sam, offerId: offer.offerId };
}

const deliveries = (workspaceId: string) =>
  t.db.query<{ event: string; payload: { feedback: { id: string; score: number } } }>(
    'select event, payload from webhook_deliveries where workspace_id = $1 order by id',
    [workspaceId],
  );

describe('the inner loop', () => {
  it('an unhappy CSAT opens a follow-up owned by the agent who helped, due in 48 hours', async () => {
    const clock = manualClock(t);
    const s = await csatAfterChat();
    const answered = await answerSurvey(t.core, {
      workspaceId: s.workspace.id,
      offerId: s.offerId,
      channel: 'widget',
      answer: { score: 2 },
    });
    expect(answered).toMatchObject({ status: 'answered', score: 2, first: true });
    const [followUp] = await listFollowUps(t.core, s.workspace.id);
    expect(followUp).toMatchObject({
      status: 'open',
      ownerId: s.agent.id,
      ownerName: s.agent.name,
      dueAt: new Date(clock.now().getTime() + 48 * HOUR).toISOString(),
      overdue: false,
      response: { kind: 'csat', score: 2, followUp: 'open', contactName: 'Sam Carter' },
    });
  });

  it('NPS detractors, CES of 3 or less and one- or two-star reviews open follow-ups; others do not', async () => {
    manualClock(t);
    const cases: [kind: 'nps' | 'ces', score: number, opens: boolean][] = [
      ['nps', 6, true],
      ['nps', 7, false],
      ['ces', 3, true],
      ['ces', 4, false],
    ];
    for (const [kind, score, opens] of cases) {
      const team = await seedTeam(t);
      const sam = await seedCustomer(t, team.workspace.public_key);
      const offer = await offerSurvey(t.core, {
        kind,
        workspaceId: team.workspace.id,
        contactId: sam.contactId,
        touchpoint: kind === 'nps' ? 'relational' : 'case_resolved',
        deliver: 'link',
      });
      await answerSurvey(t.core, {
        workspaceId: team.workspace.id,
        offerId: offer.offerId,
        channel: 'link',
        answer: { score },
      });
      const open = await listFollowUps(t.core, team.workspace.id);
      expect({ kind, score, opens: open.length === 1 }).toEqual({ kind, score, opens });
      // Nobody handled a relational survey: the workspace's owner owns its follow-up.
      if (opens) expect(open[0]!.ownerId).toBe(team.owner.id);
    }
    for (const [stars, opens] of [
      [2, true],
      [3, false],
    ] as const) {
      const team = await seedTeam(t);
      const sam = await seedCustomer(t, team.workspace.public_key);
      await submitReview(
        t.core,
        { workspaceId: team.workspace.id, contactId: sam.contactId },
        { stars },
      );
      expect((await listFollowUps(t.core, team.workspace.id)).length === 1).toBe(opens);
    }
  });

  it('every answer is thanked by a named person: the agent who helped, else the owner', async () => {
    manualClock(t);
    const chat = await csatAfterChat();
    const happy = await answerSurvey(t.core, {
      workspaceId: chat.workspace.id,
      offerId: chat.offerId,
      channel: 'widget',
      answer: { score: 5 },
    });
    expect(happy.thanks).toEqual({
      name: chat.agent.name,
      text: expect.stringMatching(/^Thank you, Sam\. I read every answer myself/),
    });
    const nps = await relational('nps');
    const unhappy = await answerSurvey(t.core, {
      workspaceId: nps.workspace.id,
      offerId: nps.offerId,
      channel: 'link',
      answer: { score: 3, comment: 'Slow delivery, twice.' },
    });
    expect(unhappy.thanks?.name).toBe(nps.owner.name);
    expect(unhappy.thanks?.text).toMatch(/I will get in touch with you myself/);
    expect(unhappy.comment).toBe('Slow delivery, twice.');
  });

  it('records each outcome with its note; only the owner or an admin may, and closed stays closed', async () => {
    manualClock(t);
    const s = await csatAfterChat();
    await answerSurvey(t.core, {
      workspaceId: s.workspace.id,
      offerId: s.offerId,
      channel: 'widget',
      answer: { score: 1 },
    });
    const [open] = await listFollowUps(t.core, s.workspace.id);
    const agent = { workspaceId: s.workspace.id, userId: s.agent.id, role: 'agent' as const };
    const owner = { workspaceId: s.workspace.id, userId: s.owner.id, role: 'owner' as const };
    const contacted = await recordFollowUp(t.core, agent, {
      followUpId: open!.id,
      outcome: 'contacted',
      note: 'Called Sam; left a voicemail.',
    });
    expect(contacted.status).toBe('contacted');
    const recovered = await recordFollowUp(t.core, owner, {
      followUpId: open!.id,
      outcome: 'recovered',
      note: 'Sent the missing handle by express; Sam is happy.',
    });
    expect(recovered.history.map((h) => [h.status, h.note, h.by])).toEqual([
      ['contacted', 'Called Sam; left a voicemail.', s.agent.id],
      ['recovered', 'Sent the missing handle by express; Sam is happy.', s.owner.id],
    ]);
    expect(await listFollowUps(t.core, s.workspace.id)).toEqual([]);
    await expect(
      recordFollowUp(t.core, owner, { followUpId: open!.id, outcome: 'not_recovered', note: '' }),
    ).rejects.toMatchObject({ code: 'conflict' });

    const other = await csatAfterChat();
    await answerSurvey(t.core, {
      workspaceId: other.workspace.id,
      offerId: other.offerId,
      channel: 'widget',
      answer: { score: 1 },
    });
    const [theirs] = await listFollowUps(t.core, other.workspace.id);
    const outsider = { workspaceId: s.workspace.id, userId: s.owner.id, role: 'owner' as const };
    await expect(
      recordFollowUp(t.core, outsider, { followUpId: theirs!.id, outcome: 'recovered', note: '' }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });

  it('queues feedback.created with the answer, and nothing for an answer that rolled back', async () => {
    manualClock(t);
    const s = await csatAfterChat();
    await createWebhookEndpoint(t.core, {
      workspaceId: s.workspace.id,
      url: 'http://127.0.0.1:9/hooks',
      events: ['feedback.created'],
    });
    // The transaction fails after the answer is written, as a crash before commit would.
    const crashing: Db = {
      ...t.db,
      transaction: (fn) =>
        t.db.transaction(async (tx) => {
          await fn(tx);
          throw new Error('crashed before commit');
        }),
    };
    const answer = { workspaceId: s.workspace.id, offerId: s.offerId, channel: 'widget' as const };
    await expect(
      answerSurvey({ ...t.core, db: crashing }, { ...answer, answer: { score: 4 } }),
    ).rejects.toThrow('crashed before commit');
    expect(await deliveries(s.workspace.id)).toEqual([]);

    // Two taps at once: one answer, one webhook.
    const taps = await Promise.all([
      answerSurvey(t.core, { ...answer, answer: { score: 4 } }),
      answerSurvey(t.core, { ...answer, answer: { score: 5 } }),
    ]);
    expect(taps.filter((r) => r.first)).toHaveLength(1);
    const sent = await deliveries(s.workspace.id);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      event: 'feedback.created',
      payload: { feedback: { kind: 'csat', score: taps[0]!.score, thankedBy: s.agent.name } },
    });
  });

  it('summarises a period per kind: responses, average, NPS, offers and response rate', async () => {
    const clock = manualClock(t, new Date('2026-05-01T09:00:00Z'));
    const team = await seedTeam(t);
    for (const score of [10, 9, 8, 3]) {
      const sam = await seedCustomer(t, team.workspace.public_key);
      const offer = await offerSurvey(t.core, {
        kind: 'nps',
        workspaceId: team.workspace.id,
        contactId: sam.contactId,
        touchpoint: 'relational',
        deliver: 'link',
      });
      await answerSurvey(t.core, {
        workspaceId: team.workspace.id,
        offerId: offer.offerId,
        channel: 'link',
        answer: { score },
      });
    }
    const silent = await seedCustomer(t, team.workspace.public_key, { email: null });
    await offerSurvey(t.core, {
      kind: 'nps',
      workspaceId: team.workspace.id,
      contactId: silent.contactId,
      touchpoint: 'relational',
    });
    clock.advanceDays(1);
    const { kinds } = await summarizeFeedback(t.core, team.workspace.id);
    const nps = kinds.find((k) => k.kind === 'nps')!;
    expect(nps).toMatchObject({
      responses: 4,
      average: 7.5,
      nps: 25,
      offered: 4,
      suppressed: { fatigue: 0, sampling: 0, no_channel: 1 },
      responseRate: 1,
    });
    expect(nps.distribution).toMatchObject({ '0': 0, '3': 1, '8': 1, '9': 1, '10': 1 });
    expect(kinds.find((k) => k.kind === 'csat')).toMatchObject({ responses: 0, average: null });
  });
});
