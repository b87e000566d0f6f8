import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { offerSurvey } from '../../core/surveys/offer-survey.js';
import {
  manualClock,
  resolvedConversation,
  seedCustomer,
  seedTeam,
} from '../../core/surveys/surveys.test-helpers.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function surveyLink(kind: 'csat' | 'nps' | 'cx') {
  const team = await seedTeam(t);
  const sam = await seedCustomer(t, team.workspace.public_key);
  const conversationId =
    kind === 'csat'
      ? await resolvedConversation(t, team.workspace.id, sam.contactId, team.agent.id)
      : undefined;
  const offer = await offerSurvey(t.core, {
    kind,
    workspaceId: team.workspace.id,
    contactId: sam.contactId,
    touchpoint: kind === 'csat' ? 'conversation_resolved' : 'relational',
    deliver: 'link',
    ...(conversationId ? { conversationId } : {}),
  });
  if (offer.status !== 'offered') throw new Error('not offered');
  return { ...team, sam, link: offer.link };
}

const post = (path: string, fields: Record<string, string>) =>
  t.fetch(path, { method: 'POST', body: new URLSearchParams(fields) });

describe('the survey page behind a signed link', () => {
  it('asks the question with one-tap scores, under a strict CSP, never cached', async () => {
    manualClock(t);
    const s = await surveyLink('csat');
    const res = await t.fetch(s.link);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('content-security-policy')).toContain("form-action 'self'");
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    const page = (await res.text()).replace(/\s+/g, ' ');
    expect(page).toContain(`How satisfied are you with the help you got from ${s.agent.name}?`);
    expect(page).toContain(`<form class="card" method="post" action="${s.link}"`);
    for (let score = 1; score <= 5; score++) {
      expect(page).toContain(`<button type="submit" name="score" value="${score}"`);
    }
    expect(page).toContain('aria-label="1: Very dissatisfied"');
    expect(page).not.toMatch(/<script>/);
  });

  it('takes a tap as the answer, then the comment, and shows the thanks of a named person', async () => {
    manualClock(t);
    const s = await surveyLink('nps');
    const tapped = await post(s.link, { score: '9', comment: '' });
    expect(tapped.status).toBe(303);
    expect(tapped.headers.get('location')).toBe(s.link);
    const hostile = '<img src=x onerror=alert(1)> fast & friendly';
    expect((await post(`${s.link}/comment`, { comment: hostile })).status).toBe(303);
    const page = await (await t.fetch(s.link)).text();
    expect(page).toContain('Thank you for your answer');
    expect(page).toContain('You answered 9 on a scale of 0 to 10.');
    expect(page).toContain(`${s.owner.name}, ${s.workspace.name}`);
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt; fast &amp; friendly');
    expect(page).not.toContain('<img src=x');
    // Tapping again (a second tab, the back button) changes nothing.
    await post(s.link, { score: '2' });
    const [row] = await t.db.query<{ score: number; comment: string; channel: string }>(
      'select score, comment, channel from survey_responses where workspace_id = $1',
      [s.workspace.id],
    );
    expect(row).toEqual({ score: 9, comment: hostile, channel: 'link' });
  });

  it('an empty form is not a zero: it says what to do, with a 400 page', async () => {
    manualClock(t);
    const s = await surveyLink('nps');
    const res = await post(s.link, { comment: 'no score' });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Choose a score from 0 to 10.');
    expect(
      await t.db.query('select 1 from survey_responses where workspace_id = $1', [s.workspace.id]),
    ).toEqual([]);
  });

  it('asks the CX index as three five-point questions in one form', async () => {
    manualClock(t);
    const s = await surveyLink('cx');
    const page = await (await t.fetch(s.link)).text();
    expect(page).toContain(`How well did ${s.workspace.name} meet your needs?`);
    expect(page).toContain(`How easy was it to do business with ${s.workspace.name}?`);
    expect(page).toContain(`How enjoyable was dealing with ${s.workspace.name}?`);
    const half = await post(s.link, { effective: '4', easy: '5' });
    expect(half.status).toBe(400);
    expect(await post(s.link, { effective: '4', easy: '5', enjoyable: '2' })).toHaveProperty(
      'status',
      303,
    );
    const [row] = await t.db.query(
      'select score, cx_effective, cx_easy, cx_enjoyable from survey_responses where workspace_id = $1',
      [s.workspace.id],
    );
    expect(row).toEqual({ score: 4, cx_effective: 4, cx_easy: 5, cx_enjoyable: 2 });
  });

  it('refuses a tampered link with a clear 404 page, and records nothing', async () => {
    manualClock(t);
    const s = await surveyLink('nps');
    const [body, sig] = s.link.replace('/survey/', '').split('.') as [string, string];
    const flipped = sig.slice(0, -1) + (sig.endsWith('A') ? 'B' : 'A');
    for (const link of [
      `/survey/${body}.${flipped}`,
      `/survey/${body}x.${sig}`,
      '/survey/nonsense',
    ]) {
      const res = await t.fetch(link);
      expect(res.status).toBe(404);
      const page = await res.text();
      expect(page).toContain('This survey link does not work');
      expect(page).toContain('This link is not valid.');
      expect((await post(link, { score: '10' })).status).toBe(404);
    }
    expect(
      await t.db.query('select 1 from survey_responses where workspace_id = $1', [s.workspace.id]),
    ).toEqual([]);
  });

  it('refuses an expired link with a clear 403 page', async () => {
    const clock = manualClock(t);
    const s = await surveyLink('nps');
    clock.advanceDays(31);
    const res = await t.fetch(s.link);
    expect(res.status).toBe(403);
    const page = await res.text();
    expect(page).toContain('This survey link has expired');
    expect(page).toContain('Ask us for a new one.');
    expect((await post(s.link, { score: '10' })).status).toBe(403);
  });
});
