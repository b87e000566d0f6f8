import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  const workspaceId = (await seedWorkspace(t.core)).id;
  owner = await signedIn(workspaceId, 'owner');
  agent = await signedIn(workspaceId, 'agent');
  otherOwner = await signedIn((await seedWorkspace(t.core)).id, 'owner');
});
afterAll(() => t.close());

const json = async (res: Response) => (await res.json()) as Record<string, unknown>;
const urgent = {
  priority: 'urgent',
  firstResponseMinutes: 5,
  nextResponseMinutes: 15,
  resolutionMinutes: null,
  businessHours: false,
  warnBeforeMinutes: 2,
};

describe('SLA policies and report in the console API', () => {
  it('an owner sets targets per priority; only that workspace sees them', async () => {
    const before = await json(await agent.get('/api/console/sla-policies'));
    expect(before.policies).toHaveLength(4);
    expect(before.policies).toContainEqual(
      expect.objectContaining({ priority: 'urgent', firstResponseMinutes: null }),
    );
    const res = await owner.send('PUT', '/api/console/sla-policies', { policies: [urgent] });
    expect(res.status).toBe(200);
    const saved = await json(await agent.get('/api/console/sla-policies'));
    expect(saved.policies).toContainEqual(urgent);
    const theirs = await json(await otherOwner.get('/api/console/sla-policies'));
    expect(theirs.policies).toContainEqual(
      expect.objectContaining({ priority: 'urgent', firstResponseMinutes: null }),
    );
  });

  it('an agent cannot change the policies', async () => {
    const res = await agent.send('PUT', '/api/console/sla-policies', { policies: [urgent] });
    expect(res.status).toBe(403);
  });

  it('bad policy input is refused with a 400 that names what to fix', async () => {
    const cases: [unknown, string][] = [
      [{ policies: [{ ...urgent, firstResponseMinutes: 0 }] }, 'policies.0.firstResponseMinutes'],
      [{ policies: [{ ...urgent, priority: 'asap' }] }, 'policies.0.priority'],
      [{ policies: [{ ...urgent, warnBeforeMinutes: -1 }] }, 'policies.0.warnBeforeMinutes'],
      [{ policies: [{ ...urgent, nextResponseMinutes: 1.5 }] }, 'policies.0.nextResponseMinutes'],
      [{ policies: [urgent, urgent] }, 'each priority may appear once'],
      [{}, 'policies'],
    ];
    for (const [body, mention] of cases) {
      const res = await owner.send('PUT', '/api/console/sla-policies', body);
      expect(res.status).toBe(400);
      const { error } = (await res.json()) as { error: { code: string; message: string } };
      expect(error.code).toBe('invalid_input');
      expect(error.message).toContain(mention);
    }
    const saved = await json(await agent.get('/api/console/sla-policies'));
    expect(saved.policies).toContainEqual(urgent);
  });

  it('the report needs a period and answers per metric and priority', async () => {
    expect((await agent.get('/api/console/sla-report')).status).toBe(400);
    const backwards = await agent.get('/api/console/sla-report?from=2026-02-03&to=2026-02-02');
    expect(backwards.status).toBe(400);
    expect((await json(backwards)).error).toMatchObject({
      message: expect.stringContaining('from must be before to'),
    });
    const res = await agent.get('/api/console/sla-report?from=2026-02-02&to=2026-02-03');
    expect(res.status).toBe(200);
    expect(await json(res)).toEqual({ rows: [] });
  });
});
