import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedMember, seedWorkspace } from '../../../test/seed.js';
import { ConsoleClient, createTestApp, type TestApp } from '../../../test/test-app.js';

let t: TestApp;
let workspaceId: string;
let owner: ConsoleClient;
let agent: ConsoleClient;
let agentId: string;
let otherOwner: ConsoleClient;

const signedIn = async (wsId: string, role: 'owner' | 'agent' | 'champion') => {
  const m = await seedMember(t.core, wsId, { role });
  const client = new ConsoleClient(t);
  await client.logIn(m.email, m.password!);
  return { client, id: m.userId };
};

beforeAll(async () => {
  t = await createTestApp();
  workspaceId = (await seedWorkspace(t.core)).id;
  owner = (await signedIn(workspaceId, 'owner')).client;
  const a = await signedIn(workspaceId, 'agent');
  agent = a.client;
  agentId = a.id;
  otherOwner = (await signedIn((await seedWorkspace(t.core)).id, 'owner')).client;
});
afterAll(() => t.close());

const json = async (res: Response) => (await res.json()) as Record<string, unknown>;

describe('teams and agents in the console API', () => {
  it('an owner makes a team with members and required skills; only that workspace sees it', async () => {
    const res = await owner.send('POST', '/api/console/teams', {
      name: 'Billing',
      requiredSkills: { Refunds: 2 },
      memberIds: [agentId],
    });
    expect(res.status).toBe(201);
    const team = await json(res);
    expect(team).toMatchObject({
      name: 'Billing',
      requiredSkills: { refunds: 2 },
      memberIds: [agentId],
    });
    const seen = await json(await agent.get('/api/console/teams'));
    expect(seen.teams).toEqual([team]);
    expect((await json(await otherOwner.get('/api/console/teams'))).teams).toEqual([]);
    const foreign = await otherOwner.send('PUT', `/api/console/teams/${String(team.id)}`, {
      name: 'Mine now',
    });
    expect(foreign.status).toBe(404);
  });

  it('refuses a second team of the same name and strangers as members, changing nothing', async () => {
    const twice = await owner.send('POST', '/api/console/teams', { name: 'billing' });
    expect(twice.status).toBe(409);
    expect(JSON.stringify(await twice.json())).toContain('already a team');
    const stranger = await owner.send('POST', '/api/console/teams', {
      name: 'Night shift',
      memberIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(stranger.status).toBe(400);
    const names = (
      (await json(await owner.get('/api/console/teams'))).teams as { name: string }[]
    ).map((x) => x.name);
    expect(names).toEqual(['Billing']);
  });

  it('agents cannot change teams or anyone’s skills, but set their own status', async () => {
    expect((await agent.send('POST', '/api/console/teams', { name: 'Rogue' })).status).toBe(403);
    const skills = { skills: { voice: 3 }, capacity: { chat: 9, email: 0, voice: 1 } };
    expect((await agent.send('PUT', `/api/console/agents/${agentId}`, skills)).status).toBe(403);
    const away = await agent.send('PUT', '/api/console/me/status', { status: 'away' });
    expect(await json(away)).toMatchObject({ userId: agentId, status: 'away' });
    expect((await agent.send('PUT', '/api/console/me/status', { status: 'gone' })).status).toBe(
      400,
    );
  });

  it('an owner sets an agent’s skills and capacity, validated', async () => {
    const ok = await owner.send('PUT', `/api/console/agents/${agentId}`, {
      skills: { voice: 3, german: 5 },
      capacity: { chat: 4, email: 0, voice: 1 },
    });
    expect(await json(ok)).toMatchObject({
      skills: { voice: 3, german: 5 },
      capacity: { chat: 4, email: 0, voice: 1 },
      status: 'away',
    });
    const tooHigh = await owner.send('PUT', `/api/console/agents/${agentId}`, {
      skills: { voice: 9 },
      capacity: { chat: 4, email: 0, voice: 1 },
    });
    expect(tooHigh.status).toBe(400);
    expect(JSON.stringify(await tooHigh.json())).toContain('up to 5');
    const agents = (await json(await owner.get('/api/console/agents'))).agents as {
      userId: string;
    }[];
    expect(agents.map((a) => a.userId)).toContain(agentId);
  });
});
