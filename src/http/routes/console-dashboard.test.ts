import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD } from '../../../test/seed.js';
import { ConsoleClient, createTestApp, type TestApp } from '../../../test/test-app.js';
import { FIXTURE_NOW, seedDashboard } from '../../core/dashboard/dashboard.test-helpers.js';
import { manualClock, seedPerson, seedTeam } from '../../core/surveys/surveys.test-helpers.js';
import type { DashboardKind, DashboardView } from '../../shared/schemas/dashboard.js';

let t: TestApp;
let mine: Awaited<ReturnType<typeof seedDashboard>>;
let theirs: Awaited<ReturnType<typeof seedDashboard>>;
let agent: ConsoleClient;
let championEmail: string;

beforeAll(async () => {
  t = await createTestApp();
  manualClock(t, FIXTURE_NOW);
  const team = await seedTeam(t);
  mine = await seedDashboard(t.core, team.workspace.id, team.agent.id);
  // Another workspace with the same answers: none of them may show up in the first one's figures.
  const other = await seedTeam(t);
  theirs = await seedDashboard(t.core, other.workspace.id, other.agent.id);
  championEmail = (await seedPerson(t, team.workspace.id, 'champion')).email;
  agent = new ConsoleClient(t);
  await agent.logIn(team.agent.email, PASSWORD);
});
afterAll(() => t.close());

async function dashboard(query = '') {
  const res = await agent.get(`/api/console/dashboard${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as DashboardView;
}
const kind = (view: DashboardView, k: DashboardKind['kind']) =>
  view.kinds.find((x) => x.kind === k)!;
const point = (k: DashboardKind, start: string) => k.trend.find((p) => p.start === start);

describe('the voice-of-the-customer dashboard', () => {
  it('by default reads the last 30 days per day: NPS, averages, distribution and response rates', async () => {
    const view = await dashboard();
    expect(view).toMatchObject({
      from: '2026-03-02T00:00:00.000Z',
      to: '2026-04-01T00:00:00.000Z',
      step: 'day',
      team: null,
      channel: null,
    });
    const nps = kind(view, 'nps');
    // 10 9 7 3 10 2 9: four promoters, two detractors of seven; the 0 of 20 February is older.
    expect(nps).toMatchObject({ responses: 7, nps: 29, average: 7.14 });
    expect(nps.distribution).toMatchObject({ '0': 0, '2': 1, '3': 1, '7': 1, '9': 2, '10': 2 });
    expect(Object.keys(nps.distribution)).toHaveLength(11);
    expect(kind(view, 'csat')).toMatchObject({
      responses: 4,
      average: 3.5,
      distribution: { '1': 0, '2': 1, '3': 1, '4': 1, '5': 1 },
      offered: 4,
      answered: 3,
      responseRate: 0.75,
    });
    expect(kind(view, 'ces')).toMatchObject({ responses: 1, average: 6, responseRate: null });
    // The CX index averages its items (5, 4, 4), not the rounded score 4.
    expect(kind(view, 'cx')).toMatchObject({ responses: 1, average: 4.33 });
    expect(kind(view, 'review')).toMatchObject({ responses: 1, average: 1 });
  });

  it('draws a trend point for every day, empty days included, each answer on its UTC day', async () => {
    const view = await dashboard();
    const nps = kind(view, 'nps');
    expect(nps.trend).toHaveLength(30);
    expect(nps.trend[0]!.start).toBe('2026-03-02');
    expect(nps.trend.at(-1)!.start).toBe('2026-03-31');
    expect(point(nps, '2026-03-10')).toEqual({ start: '2026-03-10', responses: 2, value: 100 });
    expect(point(nps, '2026-03-11')).toEqual({ start: '2026-03-11', responses: 4, value: -25 });
    expect(point(nps, '2026-03-09')).toEqual({ start: '2026-03-09', responses: 0, value: null });
    const csat = kind(view, 'csat');
    expect(point(csat, '2026-03-08')).toEqual({ start: '2026-03-08', responses: 1, value: 3 });
    expect(point(csat, '2026-03-10')).toEqual({ start: '2026-03-10', responses: 3, value: 3.67 });
  });

  it('reads a period longer than 62 days per week, weeks starting on Monday', async () => {
    const view = await dashboard('?from=2026-01-01T00:00:00Z&to=2026-04-01T00:00:00Z');
    expect(view.step).toBe('week');
    const nps = kind(view, 'nps');
    expect(nps.trend.map((p) => p.start)).toEqual([
      '2025-12-29',
      '2026-01-05',
      '2026-01-12',
      '2026-01-19',
      '2026-01-26',
      '2026-02-02',
      '2026-02-09',
      '2026-02-16',
      '2026-02-23',
      '2026-03-02',
      '2026-03-09',
      '2026-03-16',
      '2026-03-23',
      '2026-03-30',
    ]);
    expect(nps).toMatchObject({ responses: 8, nps: 13 });
    expect(point(nps, '2026-02-16')).toMatchObject({ responses: 1, value: -100 });
    expect(point(nps, '2026-03-09')).toMatchObject({ responses: 7, value: 29 });
    // Sunday 8 March, 23:30 UTC, belongs to the week of 2 March.
    expect(point(kind(view, 'csat'), '2026-03-02')).toMatchObject({ responses: 1, value: 3 });
  });

  it('filters by the team and channel of the conversation; unlinked answers only count unfiltered', async () => {
    const alpha = await dashboard(`?team=${mine.teams.alpha}`);
    expect(alpha.team).toBe(mine.teams.alpha);
    expect(kind(alpha, 'nps')).toMatchObject({ responses: 4, nps: 25 });
    expect(kind(alpha, 'csat')).toMatchObject({
      average: 4.5,
      offered: 3,
      answered: 2,
      responseRate: 0.667,
    });
    expect(kind(alpha, 'review').responses).toBe(0);
    const email = await dashboard('?channel=email');
    expect(kind(email, 'nps')).toMatchObject({ responses: 2, nps: 0 });
    expect(kind(email, 'csat')).toMatchObject({ responses: 1, average: 2, responseRate: 1 });
    const none = await dashboard(`?team=${mine.teams.alpha}&channel=email`);
    expect(none.kinds.every((k) => k.responses === 0 && k.average === null)).toBe(true);
  });

  it('ranks topics by volume and by negative share, with the filters applied', async () => {
    const view = await dashboard();
    const byName = (list: DashboardView['topics']['byVolume'], name: string) =>
      list.find((x) => x.name === name);
    expect(byName(view.topics.byVolume, 'Delivery')).toMatchObject({
      texts: 4,
      negative: 2,
      negativeShare: 0.5,
    });
    expect(byName(view.topics.byVolume, 'Refund')).toMatchObject({
      texts: 3,
      negative: 2,
      negativeShare: 0.667,
    });
    expect(view.topics.byVolume[0]!.name).toBe('Delivery');
    expect(view.topics.byNegative.map((x) => x.name).slice(0, 2)).toEqual(['Refund', 'Delivery']);
    const alpha = await dashboard(`?team=${mine.teams.alpha}`);
    expect(byName(alpha.topics.byVolume, 'Delivery')).toMatchObject({ texts: 3, negative: 1 });
    expect(byName(alpha.topics.byVolume, 'Refund')).toBeUndefined();
  });

  it('counts follow-ups to do (overdue ones too) and improvements by status', async () => {
    const view = await dashboard();
    expect(view.followUps).toEqual({ open: 1, contacted: 1, overdue: 1 });
    expect(view.improvements).toEqual({
      proposed: 2,
      planned: 1,
      in_progress: 0,
      shipped: 0,
      wont_do: 0,
    });
    const alpha = await dashboard(`?team=${mine.teams.alpha}`);
    expect(alpha.followUps).toEqual({ open: 0, contacted: 1, overdue: 0 });
  });

  it('never shows another workspace’s answers, even filtered by that workspace’s team', async () => {
    const view = await dashboard(`?team=${theirs.teams.alpha}`);
    expect(view.kinds.every((k) => k.responses === 0 && k.offered === 0)).toBe(true);
    expect(view.topics.byVolume).toEqual([]);
    expect(view.followUps).toEqual({ open: 0, contacted: 0, overdue: 0 });
  });

  it('refuses unclear filters with a 400 that says what to fix', async () => {
    for (const [query, field] of [
      ['?from=yesterday', 'from'],
      ['?from=2026-03-10T00:00:00Z&to=2026-03-01T00:00:00Z', 'to'],
      ['?from=2024-01-01T00:00:00Z&to=2026-01-01T00:00:00Z', 'to'],
      ['?channel=fax', 'channel'],
      ['?team=alpha', 'team'],
    ] as const) {
      const res = await agent.get(`/api/console/dashboard${query}`);
      expect(res.status, query).toBe(400);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('invalid_input');
      expect(body.error.message).toContain(field);
    }
    expect((await agent.get('/api/console/dashboard/export.csv?channel=fax')).status).toBe(400);
  });

  it('is for the team: a champion is refused and a stranger must sign in', async () => {
    const champion = new ConsoleClient(t);
    await champion.logIn(championEmail, PASSWORD);
    expect((await champion.get('/api/console/dashboard')).status).toBe(403);
    expect((await t.fetch('/api/console/dashboard')).status).toBe(401);
    expect((await t.fetch('/api/console/dashboard/export.csv')).status).toBe(401);
  });
});
