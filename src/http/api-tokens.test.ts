import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedMember, seedWorkspace } from '../../test/seed.js';
import { ConsoleClient, createTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let owner: ConsoleClient;
let agent: ConsoleClient;

beforeAll(async () => {
  t = await createTestApp();
  const ws = await seedWorkspace(t.core);
  const o = await seedMember(t.core, ws.id, { role: 'owner' });
  const g = await seedMember(t.core, ws.id, { role: 'agent' });
  owner = new ConsoleClient(t);
  agent = new ConsoleClient(t);
  await owner.logIn(o.email, o.password!);
  await agent.logIn(g.email, g.password!);
});
afterAll(() => t.close());

const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });

describe('API tokens', () => {
  it('are shown once at creation and stored only as a hash', async () => {
    const res = await owner.post('/api/console/tokens', { name: 'Zapier' });
    expect(res.status).toBe(201);
    const created = (await res.json()) as { id: string; token: string; prefix: string };
    expect(created.token).toMatch(/^parley_/);
    expect(created.token.startsWith(created.prefix)).toBe(true);
    const listed = JSON.stringify(await (await owner.get('/api/console/tokens')).json());
    expect(listed).not.toContain(created.token);
    const stored = JSON.stringify(
      await t.db.query('select * from api_tokens where id = $1', [created.id]),
    );
    expect(stored).not.toContain(created.token);
    expect((await t.fetch('/api/v1/workspace', bearer(created.token))).status).toBe(200);
  });

  it('stop working the moment they are revoked', async () => {
    const created = (await (await owner.post('/api/console/tokens', { name: 'old' })).json()) as {
      id: string;
      token: string;
    };
    expect((await owner.delete(`/api/console/tokens/${created.id}`)).status).toBe(200);
    const res = await t.fetch('/api/v1/workspace', bearer(created.token));
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/revoked/);
  });

  it('can be managed only by owners and admins', async () => {
    const res = await agent.post('/api/console/tokens', { name: 'mine' });
    expect(res.status).toBe(403);
    expect((await agent.get('/api/console/tokens')).status).toBe(403);
  });

  it('the REST API without a token says how to authenticate', async () => {
    const res = await t.fetch('/api/v1/workspace');
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/Bearer/);
  });
});
