import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedMember, seedWorkspace } from '../../../test/seed.js';
import { ConsoleClient, createTestApp, type TestApp } from '../../../test/test-app.js';
import { indexAll, review } from '../../core/topics/feedback.test-helpers.js';
import type { TopicDetail, TopicList } from '../../shared/schemas/topics.js';
import { complain, openVisitor } from './cases.test-helpers.js';

let t: TestApp;
let workspaceId: string;
let publicKey: string;
const people: Record<'owner' | 'agent' | 'champion' | 'stranger', ConsoleClient> = {} as never;

const signedIn = async (wsId: string, role: 'owner' | 'agent' | 'champion') => {
  const m = await seedMember(t.core, wsId, { role });
  const client = new ConsoleClient(t);
  await client.logIn(m.email, m.password!);
  return client;
};

beforeAll(async () => {
  t = await createTestApp();
  const ws = await seedWorkspace(t.core);
  workspaceId = ws.id;
  publicKey = ws.public_key;
  people.owner = await signedIn(ws.id, 'owner');
  people.agent = await signedIn(ws.id, 'agent');
  people.champion = await signedIn(ws.id, 'champion');
  people.stranger = await signedIn((await seedWorkspace(t.core)).id, 'owner');
  const texts = [
    'Delivery was late',
    'Late delivery again, awful',
    'Delivery driver was rude',
    'Delivery to the wrong door',
    'Courier lost it',
    'Courier never came',
    'Courier threw the box',
  ];
  for (const text of texts) {
    await review(t, ws.id, 2, text);
  }
  await indexAll(t);
});
afterAll(() => t.close());

const json = async <T>(res: Response) => (await res.json()) as T;
const topics = async (who: ConsoleClient, query = '') =>
  json<TopicList>(await who.get(`/api/console/topics${query}`));

describe('topics in the console API', () => {
  it('the team reads topics with their counts per period; champions and strangers do not', async () => {
    const list = await topics(people.agent, '?period=week');
    expect(list.period.step).toBe('week');
    expect(list.topics.map((x) => [x.name, x.texts])).toEqual([
      ['Delivery', 4],
      ['Courier', 3],
    ]);
    expect((await people.champion.get('/api/console/topics')).status).toBe(403);
    expect((await topics(people.stranger)).topics).toEqual([]);
    const id = list.topics[0]!.id;
    expect((await people.stranger.get(`/api/console/topics/${id}`)).status).toBe(404);
    const bad = await people.agent.get('/api/console/topics?period=month');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("'day' or 'week'");
  });

  it('only owners and admins rename, merge, split and write rules', async () => {
    const [delivery, courier] = (await topics(people.owner)).topics;
    const base = `/api/console/topics/${delivery!.id}`;
    expect((await people.agent.send('PUT', base, { name: 'Shipping' })).status).toBe(403);
    expect((await people.agent.post(`${base}/rules`, { keyword: 'parcel' })).status).toBe(403);
    expect((await people.stranger.send('PUT', base, { name: 'Mine' })).status).toBe(404);

    expect((await people.owner.send('PUT', base, { name: 'Shipping' })).status).toBe(200);
    const rule = await people.owner.post(`${base}/rules`, { keyword: 'Parcels' });
    expect(rule.status).toBe(201);
    const merged = await json<TopicDetail>(
      await people.owner.post(`${base}/merge`, { topicIds: [courier!.id] }),
    );
    expect(merged).toMatchObject({ name: 'Shipping', texts: 7 });
    expect(merged.rules.map((r) => r.keyword)).toEqual(['Parcels']);
    const late = merged.phrases.find((p) => p.phrase === 'late')!;
    const split = await people.owner.post(`${base}/split`, {
      name: 'Lateness',
      phrases: [late.key],
    });
    expect(split.status).toBe(201);
    expect(await json<TopicDetail>(split)).toMatchObject({ name: 'Lateness', texts: 2 });
    const courierKey = merged.phrases.find((p) => p.phrase === 'courier')!.key;
    const taken = await people.owner.post(`${base}/split`, {
      name: 'lateness',
      phrases: [courierKey],
    });
    expect(taken.status).toBe(409);
    const empty = await people.owner.post(`${base}/split`, { name: 'Couriers', phrases: [] });
    expect(empty.status).toBe(400);
    const { id: ruleId } = await json<{ id: string }>(rule);
    expect((await people.agent.delete(`/api/console/topic-rules/${ruleId}`)).status).toBe(403);
    expect((await people.owner.delete(`/api/console/topic-rules/${ruleId}`)).status).toBe(204);
    expect((await people.owner.delete(`/api/console/topic-rules/${ruleId}`)).status).toBe(404);
  });
});

describe('improvements in the console API', () => {
  it('an owner makes an improvement from a topic, links a case by number and ships it', async () => {
    const [topic] = (await topics(people.owner)).topics;
    const visitor = await openVisitor(t, publicKey);
    await complain(visitor, { description: 'Delivery was a week late' });
    const [latest] = await t.db.query<{ number: number }>(
      'select number from cases where workspace_id = $1 order by number desc limit 1',
      [workspaceId],
    );
    const number = latest!.number;
    expect((await people.agent.post('/api/console/improvements', { title: 'x' })).status).toBe(403);
    const made = await people.owner.post('/api/console/improvements', {
      title: 'Second courier',
      topicId: topic!.id,
      targetDate: '2031-02-30',
    });
    expect(made.status).toBe(400);
    expect(await made.text()).toContain('YYYY-MM-DD');
    const created = await people.owner.post('/api/console/improvements', {
      title: 'Second courier',
      topicId: topic!.id,
    });
    expect(created.status).toBe(201);
    const { id } = await json<{ id: string }>(created);
    const link = await people.owner.post(`/api/console/improvements/${id}/links`, {
      caseNumber: number,
    });
    expect(await json(link)).toEqual({ linked: true, told: 0 });
    expect(
      (await people.owner.post(`/api/console/improvements/${id}/links`, { caseNumber: 99999 }))
        .status,
    ).toBe(404);
    const shipped = await people.owner.send('PUT', `/api/console/improvements/${id}`, {
      status: 'shipped',
    });
    expect(await json(shipped)).toMatchObject({ shipped: true });
    const detail = await json<{ status: string; linked: unknown[]; notices: { told: number } }>(
      await people.agent.get(`/api/console/improvements/${id}`),
    );
    expect(detail.status).toBe('shipped');
    expect(detail.linked).toHaveLength(1);
    expect(detail.notices.told).toBeGreaterThan(0);
    const list = await json<{ improvements: { id: string }[] }>(
      await people.agent.get(`/api/console/improvements?topicId=${topic!.id}`),
    );
    expect(list.improvements.map((i) => i.id)).toEqual([id]);
    expect((await people.stranger.get(`/api/console/improvements/${id}`)).status).toBe(404);
    expect((await people.champion.get('/api/console/improvements')).status).toBe(403);
  });

  it('routing rules are written by admins and read by the team', async () => {
    const teams = await people.owner.post('/api/console/teams', { name: 'Leeds store' });
    const team = await json<{ id: string }>(teams);
    const none = await people.owner.post('/api/console/feedback-routes', { teamId: team.id });
    expect(none.status).toBe(400);
    expect(await none.text()).toContain('name a keyword, a topic, or both');
    expect(
      (
        await people.agent.post('/api/console/feedback-routes', {
          keyword: 'leeds',
          teamId: team.id,
        })
      ).status,
    ).toBe(403);
    const made = await people.owner.post('/api/console/feedback-routes', {
      keyword: 'Leeds',
      teamId: team.id,
    });
    expect(made.status).toBe(201);
    await review(t, workspaceId, 2, 'The Leeds shop was closed');
    await indexAll(t);
    const routed = await json<{ feedback: { excerpt: string; teamName: string }[] }>(
      await people.agent.get(`/api/console/feedback-routed?teamId=${team.id}`),
    );
    expect(routed.feedback.map((f) => [f.excerpt, f.teamName])).toEqual([
      ['The Leeds shop was closed', 'Leeds store'],
    ]);
  });
});
