import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { offerSurvey } from './offer-survey.js';
import {
  manualClock,
  resolvedConversation,
  seedCustomer,
  seedTeam,
} from './surveys.test-helpers.js';
import { updateSurveySettings } from './survey-settings.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  t.core.emailEnabled = true;
});
afterAll(() => t.close());

const offersOf = (contactId: string) =>
  t.db.query<{ kind: string; status: string; reason: string | null; channels: string[] }>(
    `select kind, status, reason, channels from survey_offers where contact_id = $1
      order by created_at, kind`,
    [contactId],
  );

describe('offering surveys', () => {
  it('a contact surveyed by CSAT is not sent NPS within 30 days, and is again after them', async () => {
    const clock = manualClock(t);
    const { workspace, agent } = await seedTeam(t);
    const sam = await seedCustomer(t, workspace.public_key);
    const conversationId = await resolvedConversation(t, workspace.id, sam.contactId, agent.id);
    const base = { workspaceId: workspace.id, contactId: sam.contactId };

    const csat = await offerSurvey(t.core, {
      ...base,
      kind: 'csat',
      conversationId,
      touchpoint: 'conversation_resolved',
    });
    expect(csat).toMatchObject({ status: 'offered', channels: ['widget', 'email'] });

    clock.advanceDays(29);
    const tooSoon = await offerSurvey(t.core, { ...base, kind: 'nps', touchpoint: 'relational' });
    expect(tooSoon).toMatchObject({ status: 'suppressed', reason: 'fatigue' });

    clock.advanceDays(1);
    const later = await offerSurvey(t.core, { ...base, kind: 'nps', touchpoint: 'relational' });
    expect(later).toMatchObject({ status: 'offered', channels: ['email'] });

    expect(await offersOf(sam.contactId)).toEqual([
      { kind: 'csat', status: 'offered', reason: null, channels: ['widget', 'email'] },
      { kind: 'nps', status: 'suppressed', reason: 'fatigue', channels: [] },
      { kind: 'nps', status: 'offered', reason: null, channels: ['email'] },
    ]);
  });

  it('of many offers to one contact at the same moment, exactly one is made', async () => {
    manualClock(t);
    const { workspace } = await seedTeam(t);
    const sam = await seedCustomer(t, workspace.public_key);
    const results = await Promise.all(
      (['nps', 'cx', 'nps', 'cx', 'nps'] as const).map((kind) =>
        offerSurvey(t.core, {
          kind,
          workspaceId: workspace.id,
          contactId: sam.contactId,
          touchpoint: 'relational',
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'offered')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'suppressed' && r.reason === 'fatigue')).toHaveLength(
      4,
    );
    expect(await offersOf(sam.contactId)).toHaveLength(5);
  });

  it('samples each touchpoint at its own rate, and records the ones left out', async () => {
    manualClock(t);
    const { workspace, owner } = await seedTeam(t);
    await updateSurveySettings(
      t.core,
      { workspaceId: workspace.id, userId: owner.id, role: 'owner' },
      {
        fatigueDays: 0,
        followUpHours: 48,
        sampling: { conversation_resolved: 0.5, case_resolved: 1, relational: 1 },
      },
    );
    const sam = await seedCustomer(t, workspace.public_key);
    const coins = [0.49, 0.5, 0.99, 0.1];
    t.core.random = () => coins.shift()!;
    const offer = () =>
      offerSurvey(t.core, {
        kind: 'csat',
        workspaceId: workspace.id,
        contactId: sam.contactId,
        touchpoint: 'conversation_resolved',
      });
    const outcomes = [];
    for (let i = 0; i < 4; i++) outcomes.push(await offer());
    delete t.core.random;
    expect(outcomes.map((o) => (o.status === 'offered' ? 'offered' : o.reason))).toEqual([
      'offered',
      'sampling',
      'sampling',
      'offered',
    ]);
    expect((await offersOf(sam.contactId)).map((o) => o.reason)).toEqual([
      null,
      'sampling',
      'sampling',
      null,
    ]);
  });

  it('holds a survey back when there is no way to reach the contact, and says so', async () => {
    manualClock(t);
    const { workspace } = await seedTeam(t);
    const quiet = await seedCustomer(t, workspace.public_key, { email: null });
    const nps = await offerSurvey(t.core, {
      kind: 'nps',
      workspaceId: workspace.id,
      contactId: quiet.contactId,
      touchpoint: 'relational',
    });
    expect(nps).toMatchObject({ status: 'suppressed', reason: 'no_channel' });
    // Held back for want of a channel is not a survey: the contact may still be asked later.
    const asLink = await offerSurvey(t.core, {
      kind: 'nps',
      workspaceId: workspace.id,
      contactId: quiet.contactId,
      touchpoint: 'relational',
      deliver: 'link',
    });
    expect(asLink).toMatchObject({ status: 'offered', channels: ['link'] });
    expect(asLink.status === 'offered' && asLink.link).toMatch(/^\/survey\/[\w-]+\.[\w-]+$/);
  });

  it('puts a CSAT invitation into the resolved conversation, naming the agent', async () => {
    manualClock(t);
    const { workspace, agent } = await seedTeam(t);
    const sam = await seedCustomer(t, workspace.public_key, { email: null });
    const conversationId = await resolvedConversation(t, workspace.id, sam.contactId, agent.id);
    const before = t.events.length;
    const csat = await offerSurvey(t.core, {
      kind: 'csat',
      workspaceId: workspace.id,
      contactId: sam.contactId,
      conversationId,
      touchpoint: 'conversation_resolved',
    });
    expect(csat).toMatchObject({ status: 'offered', channels: ['widget'] });
    const frame = t.events.slice(before).find((e) => e.frame.t === 'message' && !e.internal);
    expect(frame?.frame).toMatchObject({
      t: 'message',
      message: {
        authorType: 'system',
        body: `How satisfied are you with the help you got from ${agent.name}?`,
        meta: { kind: 'survey', survey: { offerId: csat.offerId, kind: 'csat' } },
      },
    });
    const [row] = await t.db.query<{ status: string }>(
      'select status from conversations where id = $1',
      [conversationId],
    );
    expect(row?.status).toBe('resolved');
  });

  it('cannot offer a survey to a contact of another workspace', async () => {
    const mine = await seedTeam(t);
    const theirs = await seedTeam(t);
    const stranger = await seedCustomer(t, theirs.workspace.public_key);
    await expect(
      offerSurvey(t.core, {
        kind: 'nps',
        workspaceId: mine.workspace.id,
        contactId: stranger.contactId,
        touchpoint: 'relational',
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
    expect(await offersOf(stranger.contactId)).toEqual([]);
  });
});
