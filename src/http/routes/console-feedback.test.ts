import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD } from '../../../test/seed.js';
import { ConsoleClient, createTestApp, type TestApp } from '../../../test/test-app.js';
import { answerSurvey } from '../../core/surveys/answer-survey.js';
import { offerSurvey } from '../../core/surveys/offer-survey.js';
import {
  manualClock,
  resolvedConversation,
  seedCustomer,
  seedPerson,
  seedTeam,
} from '../../core/surveys/surveys.test-helpers.js';
import { createApiToken } from '../../core/tokens/api-tokens.js';
import type { FollowUpView, ResponseView } from '../../shared/schemas/surveys.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  t.core.emailEnabled = true;
});
afterAll(() => t.close());

async function signedIn(email: string) {
  const client = new ConsoleClient(t);
  await client.logIn(email, PASSWORD);
  return client;
}

/** A team whose agent resolved a chat that the customer rated 1 with a comment. */
async function unhappyCustomer() {
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
  await answerSurvey(t.core, {
    workspaceId: team.workspace.id,
    offerId: offer.offerId,
    channel: 'widget',
    answer: { score: 1, comment: 'Nobody told me the order was stuck.' },
  });
  return { ...team, sam };
}

describe('feedback in the console', () => {
  it('the team sees responses and open follow-ups; the owner of one records its outcome', async () => {
    manualClock(t);
    const s = await unhappyCustomer();
    const agent = await signedIn(s.agent.email);
    const { responses } = (await (await agent.get('/api/console/feedback/responses')).json()) as {
      responses: ResponseView[];
    };
    expect(responses).toEqual([
      expect.objectContaining({
        kind: 'csat',
        score: 1,
        comment: 'Nobody told me the order was stuck.',
        contactName: 'Sam Carter',
        thankedBy: s.agent.name,
        followUp: 'open',
      }),
    ]);
    const { followUps } = (await (await agent.get('/api/console/feedback/follow-ups')).json()) as {
      followUps: FollowUpView[];
    };
    expect(followUps).toHaveLength(1);
    expect(followUps[0]).toMatchObject({ ownerName: s.agent.name, status: 'open' });
    const recorded = await agent.post(
      `/api/console/feedback/follow-ups/${followUps[0]!.id}/outcome`,
      {
        outcome: 'recovered',
        note: 'Apologised and refunded the shipping.',
      },
    );
    expect(recorded.status).toBe(200);
    expect(await recorded.json()).toMatchObject({ status: 'recovered' });
    const bad = await agent.post(`/api/console/feedback/follow-ups/${followUps[0]!.id}/outcome`, {
      outcome: 'fixed',
    });
    expect(bad.status).toBe(400);
    const summary = await (await agent.get('/api/console/feedback/summary')).json();
    expect(summary).toMatchObject({
      kinds: expect.arrayContaining([
        expect.objectContaining({ kind: 'csat', responses: 1, average: 1 }),
      ]),
    });
  });

  it('only owners and admins change survey settings; champions see no feedback at all', async () => {
    manualClock(t);
    const { workspace, owner, agent } = await seedTeam(t);
    const champion = await seedPerson(t, workspace.id, 'champion');
    const settings = {
      fatigueDays: 45,
      followUpHours: 24,
      sampling: { conversation_resolved: 0.5, case_resolved: 1, relational: 0.25 },
    };
    const asAgent = await signedIn(agent.email);
    expect((await asAgent.send('PUT', '/api/console/feedback/settings', settings)).status).toBe(
      403,
    );
    const asOwner = await signedIn(owner.email);
    const saved = await asOwner.send('PUT', '/api/console/feedback/settings', settings);
    expect(await saved.json()).toEqual({ ...settings, emailEnabled: true });
    expect(await (await asAgent.get('/api/console/feedback/settings')).json()).toMatchObject(
      settings,
    );
    const wrong = await asOwner.send('PUT', '/api/console/feedback/settings', {
      ...settings,
      fatigueDays: 400,
    });
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({
      error: { message: expect.stringContaining('fatigueDays') },
    });
    const asChampion = await signedIn(champion.email);
    expect((await asChampion.get('/api/console/feedback/responses')).status).toBe(403);
  });

  it('sends NPS to everyone seen lately who has an email address, once within the fatigue window', async () => {
    manualClock(t);
    const { workspace, owner } = await seedTeam(t);
    await seedCustomer(t, workspace.public_key, { seen: true });
    await seedCustomer(t, workspace.public_key, { seen: true });
    await seedCustomer(t, workspace.public_key, { seen: true, email: null });
    await seedCustomer(t, workspace.public_key); // never seen
    const asOwner = await signedIn(owner.email);
    const first = await asOwner.post('/api/console/feedback/send', {
      kind: 'nps',
      seenWithinDays: 30,
    });
    expect(await first.json()).toMatchObject({ offered: 2, more: false, unknown: 0 });
    const again = await asOwner.post('/api/console/feedback/send', {
      kind: 'nps',
      seenWithinDays: 30,
    });
    expect(await again.json()).toMatchObject({ offered: 0 });
    const queued = await t.db.query<{ template: string }>(
      'select template from email_outbox where workspace_id = $1',
      [workspace.id],
    );
    expect(queued.map((q) => q.template)).toEqual(['survey_invitation', 'survey_invitation']);
  });

  it('never shows or changes another workspace’s feedback', async () => {
    manualClock(t);
    const theirs = await unhappyCustomer();
    const mine = await seedTeam(t);
    const asMine = await signedIn(mine.owner.email);
    const { responses } = (await (await asMine.get('/api/console/feedback/responses')).json()) as {
      responses: unknown[];
    };
    expect(responses).toEqual([]);
    const [followUp] = await t.db.query<{ id: string }>(
      'select id from feedback_follow_ups where workspace_id = $1',
      [theirs.workspace.id],
    );
    const res = await asMine.post(`/api/console/feedback/follow-ups/${followUp!.id}/outcome`, {
      outcome: 'recovered',
    });
    expect(res.status).toBe(404);
    const byId = await asMine.post('/api/console/feedback/send', {
      kind: 'nps',
      contactIds: [theirs.sam.contactId],
    });
    expect(await byId.json()).toMatchObject({ offered: 0, unknown: 1 });
  });

  it('the REST API sends NPS as links to hand out, and lists responses by kind', async () => {
    manualClock(t);
    const { workspace } = await seedTeam(t);
    const sam = await seedCustomer(t, workspace.public_key, { email: null });
    const { token } = await createApiToken(t.core, {
      workspaceId: workspace.id,
      name: 'crm',
      createdBy: null,
    });
    const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const sent = await t.fetch('/api/v1/surveys/send', {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ kind: 'nps', contactIds: [sam.contactId], deliver: 'link' }),
    });
    expect(sent.status).toBe(200);
    const body = (await sent.json()) as { invitations: { link: string }[] };
    expect(body.invitations[0]!.link).toMatch(/^http:\/\/parley\.test\/survey\/[\w-]+\.[\w-]+$/);
    const path = new URL(body.invitations[0]!.link).pathname;
    await t.fetch(path, { method: 'POST', body: new URLSearchParams({ score: '10' }) });
    const listed = await t.fetch('/api/v1/feedback/responses?kind=nps', { headers: auth });
    expect(await listed.json()).toMatchObject({
      responses: [{ kind: 'nps', score: 10, channel: 'link' }],
    });
    const none = await t.fetch('/api/v1/feedback/responses?kind=csat', { headers: auth });
    expect(await none.json()).toEqual({ responses: [] });
    expect((await t.fetch('/api/v1/feedback/responses')).status).toBe(401);
    const doc = (await (await t.fetch('/api/openapi.json')).json()) as {
      paths: Record<string, object>;
    };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/surveys/send', '/api/v1/feedback/responses']),
    );
  });
});
