import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedMember, seedWorkspace } from '../../../test/seed.js';
import { ConsoleClient, createTestApp, type TestApp } from '../../../test/test-app.js';
import { openVisitorSession } from '../../core/contacts/open-visitor-session.js';
import { identityHash } from '../../core/contacts/verify-identity.js';
import { createApiToken } from '../../core/tokens/api-tokens.js';
import type { WorkspaceRow } from '../../db/queries/workspaces.js';
import type { Contact } from '../../shared/schemas/api.js';

let t: TestApp;
let ws: WorkspaceRow;
let token: string;
let agent: ConsoleClient;
let champion: ConsoleClient;

beforeAll(async () => {
  t = await createTestApp();
  ws = await seedWorkspace(t.core);
  token = (await createApiToken(t.core, { workspaceId: ws.id, name: 'crm', createdBy: null }))
    .token;
  const signIn = async (role: 'agent' | 'champion') => {
    const m = await seedMember(t.core, ws.id, { role });
    const client = new ConsoleClient(t);
    await client.logIn(m.email, m.password!);
    return client;
  };
  agent = await signIn('agent');
  champion = await signIn('champion');
});
afterAll(() => t.close());

const newContact = async () =>
  (await openVisitorSession(t.core, { workspaceKey: ws.public_key })).contact.id;

const patch = (id: string, body: unknown, bearer = token) =>
  t.fetch(`/api/v1/contacts/${id}`, {
    method: 'PATCH',
    headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('marking a contact VIP', () => {
  it('the REST API marks and unmarks a VIP with a token, and says what to fix otherwise', async () => {
    const id = await newContact();
    const marked = await patch(id, { vip: true });
    expect(marked.status).toBe(200);
    expect(await marked.json()).toMatchObject({ id, vip: true, verified: false });
    expect(await (await patch(id, { vip: false })).json()).toMatchObject({ vip: false });
    const bad = await patch(id, { vip: 'yes' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/vip/);
    expect((await patch(id, { vip: true }, 'parley_nope')).status).toBe(401);
    expect((await patch(randomUUID(), { vip: true })).status).toBe(404);
  });

  it("another workspace's token cannot touch this workspace's contact", async () => {
    const other = await seedWorkspace(t.core);
    const theirs = await createApiToken(t.core, {
      workspaceId: other.id,
      name: 'x',
      createdBy: null,
    });
    expect((await patch(await newContact(), { vip: true }, theirs.token)).status).toBe(404);
  });

  it('the OpenAPI document describes PATCH /api/v1/contacts/{id}', async () => {
    const doc = (await (await t.fetch('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { requestBody?: unknown }>>;
    };
    const op = doc.paths['/api/v1/contacts/{id}']?.patch;
    expect(op?.requestBody).toMatchObject({
      content: { 'application/json': { schema: { properties: { vip: { type: 'boolean' } } } } },
    });
  });

  it('agents mark VIPs in the console; champions may not', async () => {
    const id = await newContact();
    const res = await agent.send('PUT', `/api/console/contacts/${id}/vip`, { vip: true });
    expect(res.status).toBe(200);
    expect(((await res.json()) as Contact).vip).toBe(true);
    const refused = await champion.send('PUT', `/api/console/contacts/${id}/vip`, { vip: false });
    expect(refused.status).toBe(403);
    const shown = await t.fetch(`/api/v1/contacts/${id}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(((await shown.json()) as Contact).vip).toBe(true);
  });

  it('the widget can never make its visitor a VIP', async () => {
    const externalId = `u-${randomUUID()}`;
    const res = await t.fetch('/api/widget/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        workspace: ws.public_key,
        vip: true,
        identity: {
          id: externalId,
          vip: true,
          hash: identityHash(ws.identity_secret, externalId),
        },
      }),
    });
    expect(res.status).toBe(200);
    const { contact } = (await res.json()) as { contact: { id: string; verified: boolean } };
    expect(contact.verified).toBe(true);
    const [row] = await t.db.query<{ vip: boolean }>('select vip from contacts where id = $1', [
      contact.id,
    ]);
    expect(row!.vip).toBe(false);
  });
});
