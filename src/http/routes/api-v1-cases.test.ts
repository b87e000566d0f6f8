import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedMember, seedWorkspace } from '../../../test/seed.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { createApiToken } from '../../core/tokens/api-tokens.js';
import type { CaseDetail, CaseSummary } from '../../shared/schemas/cases.js';
import { complain, openVisitor } from './cases.test-helpers.js';

let t: TestApp;
let token: string;
let otherToken: string;
let caseId: string;
let agentId: string;

beforeAll(async () => {
  t = await createTestApp();
  const ws = await seedWorkspace(t.core);
  const other = await seedWorkspace(t.core);
  const admin = await seedMember(t.core, ws.id, { role: 'admin' });
  agentId = (await seedMember(t.core, ws.id, { role: 'agent' })).userId;
  const make = (workspaceId: string, createdBy: string | null) =>
    createApiToken(t.core, { workspaceId, name: 'crm', createdBy });
  token = (await make(ws.id, admin.userId)).token;
  otherToken = (await make(other.id, null)).token;
  ({ caseId } = await complain(await openVisitor(t, ws.public_key)));
});
afterAll(() => t.close());

const api = (path: string, init: { method?: string; body?: unknown; as?: string } = {}) =>
  t.fetch(`/api/v1${path}`, {
    method: init.method ?? 'GET',
    headers: {
      authorization: `Bearer ${init.as ?? token}`,
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });

describe('complaint cases in the REST API', () => {
  it('lists and reads cases with a token; another workspace’s token finds none', async () => {
    const list = (await (await api('/cases')).json()) as {
      cases: CaseSummary[];
      counts: { open: number };
    };
    expect(list.cases.map((c) => c.id)).toEqual([caseId]);
    expect(list.counts.open).toBe(1);
    const one = (await (await api(`/cases/${caseId}`)).json()) as CaseDetail;
    expect(one).toMatchObject({ id: caseId, status: 'open', ownerName: 'Customer care' });
    expect(one.customerUrl).toMatch(/^http:\/\/parley\.test\/case\//);
    expect((await api(`/cases/${caseId}`, { as: otherToken })).status).toBe(404);
    const theirs = (await (await api('/cases', { as: otherToken })).json()) as {
      cases: unknown[];
    };
    expect(theirs.cases).toEqual([]);
    expect((await t.fetch('/api/v1/cases')).status).toBe(401);
  });

  it('changes a case and records an action in the name of the token’s creator', async () => {
    const moved = await api(`/cases/${caseId}`, {
      method: 'PATCH',
      body: { status: 'in_progress', ownerId: agentId },
    });
    expect(moved.status).toBe(200);
    const after = (await moved.json()) as CaseDetail;
    expect(after).toMatchObject({ status: 'in_progress', ownerId: agentId });
    expect(after.history.at(-1)!.actorName).not.toBeNull();
    const action = await api(`/cases/${caseId}/actions`, {
      method: 'POST',
      body: { kind: 'refund', amount: 12.5, currency: 'EUR', note: 'Refunded to the card' },
    });
    expect(((await action.json()) as CaseDetail).actions).toEqual([
      expect.objectContaining({ kind: 'refund', amount: '12.50', currency: 'EUR' }),
    ]);
    const wrong = await api(`/cases/${caseId}`, { method: 'PATCH', body: { status: 'open' } });
    expect(wrong.status).toBe(409);
    const empty = await api(`/cases/${caseId}`, { method: 'PATCH', body: {} });
    expect(empty.status).toBe(400);
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await (await t.fetch('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    expect(Object.keys(doc.paths['/api/v1/cases/{id}']!).sort()).toEqual(['get', 'patch']);
    expect(doc.paths['/api/v1/cases']!.get).toBeDefined();
    expect(doc.paths['/api/v1/cases/{id}/actions']!.post).toBeDefined();
  });
});
