import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../core/tokens/api-tokens.js';
import { seedMember, seedWorkspace } from '../../test/seed.js';
import { ConsoleClient, createTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let a: { client: ConsoleClient; apiToken: string; memberId: string };
let b: { memberId: string; tokenId: string };

beforeAll(async () => {
  t = await createTestApp();
  const wsA = await seedWorkspace(t.core);
  const wsB = await seedWorkspace(t.core);
  const ownerA = await seedMember(t.core, wsA.id, { role: 'owner' });
  const ownerB = await seedMember(t.core, wsB.id, { role: 'owner' });
  const client = new ConsoleClient(t);
  await client.logIn(ownerA.email, ownerA.password!);
  const tokenA = await createApiToken(t.core, { workspaceId: wsA.id, name: 'a', createdBy: null });
  const tokenB = await createApiToken(t.core, { workspaceId: wsB.id, name: 'b', createdBy: null });
  a = { client, apiToken: tokenA.token, memberId: ownerA.userId };
  b = { memberId: ownerB.userId, tokenId: tokenB.record.id };
});
afterAll(() => t.close());

describe('workspace isolation', () => {
  it('a console user of workspace A gets 404 for every resource of workspace B', async () => {
    const attempts = [
      a.client.get(`/api/console/members/${b.memberId}`),
      a.client.get(`/api/console/tokens/${b.tokenId}`),
      a.client.delete(`/api/console/tokens/${b.tokenId}`),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.status).toBe(404);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
    }
    const tokenB = await t.db.query<{ revoked_at: Date | null }>(
      'select revoked_at from api_tokens where id = $1',
      [b.tokenId],
    );
    expect(tokenB[0]!.revoked_at).toBeNull();
  });

  it("workspace A's lists never contain workspace B's people or tokens", async () => {
    const members = (await (await a.client.get('/api/console/members')).json()) as {
      members: { id: string }[];
    };
    expect(members.members.map((m) => m.id)).toEqual([a.memberId]);
    const tokens = (await (await a.client.get('/api/console/tokens')).json()) as {
      tokens: { id: string }[];
    };
    expect(tokens.tokens.map((x) => x.id)).not.toContain(b.tokenId);
  });

  it("an API token of workspace A gets 404 for workspace B's member", async () => {
    const res = await t.fetch(`/api/v1/members/${b.memberId}`, {
      headers: { authorization: `Bearer ${a.apiToken}` },
    });
    expect(res.status).toBe(404);
    const own = await t.fetch(`/api/v1/members/${a.memberId}`, {
      headers: { authorization: `Bearer ${a.apiToken}` },
    });
    expect(own.status).toBe(200);
  });
});
