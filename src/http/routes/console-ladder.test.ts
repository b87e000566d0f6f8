import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LADDER } from '../../shared/schemas/ladder.js';
import { seedMember, seedWorkspace } from '../../../test/seed.js';
import { ConsoleClient, createTestApp, type TestApp } from '../../../test/test-app.js';

let t: TestApp;
let owner: ConsoleClient;
let agent: ConsoleClient;
let otherOwner: ConsoleClient;

const signedIn = async (workspaceId: string, role: 'owner' | 'agent') => {
  const m = await seedMember(t.core, workspaceId, { role });
  const client = new ConsoleClient(t);
  await client.logIn(m.email, m.password!);
  return client;
};

beforeAll(async () => {
  t = await createTestApp();
  const ws = await seedWorkspace(t.core);
  owner = await signedIn(ws.id, 'owner');
  agent = await signedIn(ws.id, 'agent');
  otherOwner = await signedIn((await seedWorkspace(t.core)).id, 'owner');
});
afterAll(() => t.close());

const put = (client: ConsoleClient, body: unknown) =>
  client.send('PUT', '/api/console/ladder', body);

describe('the escalation ladder in the console API', () => {
  it('a workspace starts with the default ladder; an owner changes it and only that workspace sees it', async () => {
    expect(await (await owner.get('/api/console/ladder')).json()).toEqual(DEFAULT_LADDER);
    const teamFirst = {
      steps: [
        { kind: 'queue', budgetMinutes: 20, leaveWhen: ['budget_exceeded'] },
        { kind: 'supervisor', budgetMinutes: 60, leaveWhen: [] },
      ],
      personFromStart: true,
    };
    expect((await put(owner, teamFirst)).status).toBe(200);
    expect(await (await agent.get('/api/console/ladder')).json()).toEqual(teamFirst);
    expect(await (await otherOwner.get('/api/console/ladder')).json()).toEqual(DEFAULT_LADDER);
  });

  it('agents cannot change it, and a ladder without people is refused with a reason', async () => {
    expect((await put(agent, DEFAULT_LADDER)).status).toBe(403);
    const res = await put(owner, {
      steps: [{ kind: 'bot', budgetMinutes: 5, leaveWhen: [] }],
      personFromStart: false,
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain('must end with people');
    expect((await put(owner, { steps: 'nope' })).status).toBe(400);
  });
});
