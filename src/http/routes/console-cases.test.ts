import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedMember, seedWorkspace } from '../../../test/seed.js';
import { ConsoleClient, createTestApp, type TestApp } from '../../../test/test-app.js';
import { updateCase } from '../../core/cases/update-case.js';
import { createWebhookEndpoint } from '../../core/webhooks/manage-webhooks.js';
import type { CaseDetail, CaseSummary } from '../../shared/schemas/cases.js';
import { complain, openVisitor, type Visitor } from './cases.test-helpers.js';

let t: TestApp;
let agent: ConsoleClient;
let agentId: string;
let agentName: string;
let workspaceId: string;
let visitor: Visitor;

beforeAll(async () => {
  t = await createTestApp();
  const ws = await seedWorkspace(t.core);
  workspaceId = ws.id;
  const a = await seedMember(t.core, ws.id, { role: 'agent' });
  agentId = a.userId;
  agentName = (
    await t.db.query<{ name: string }>('select name from users where id = $1', [a.userId])
  )[0]!.name;
  agent = new ConsoleClient(t);
  await agent.logIn(a.email, a.password!);
  await createWebhookEndpoint(t.core, {
    workspaceId,
    url: 'http://127.0.0.1:9/hooks',
    events: ['case.updated'],
  });
  visitor = await openVisitor(t, ws.public_key);
});
afterAll(() => t.close());

const detail = async (caseId: string) =>
  (await (await agent.get(`/api/console/cases/${caseId}`)).json()) as CaseDetail;
const list = async (view: string) =>
  (await (await agent.get(`/api/console/cases?view=${view}`)).json()) as {
    cases: CaseSummary[];
    counts: Record<string, number>;
  };
const deliveries = (caseId: string) =>
  t.db.query<{ payload: { changes: string[]; case: CaseSummary } }>(
    `select payload from webhook_deliveries
      where workspace_id = $1 and event = 'case.updated' and payload -> 'case' ->> 'id' = $2
      order by id`,
    [workspaceId, caseId],
  );
const customerSaw = (conversationId: string) =>
  t.events.flatMap((e) =>
    !e.internal && e.frame.t === 'message' && e.frame.message.conversationId === conversationId
      ? [e.frame.message.body]
      : [],
  );

describe('complaint cases in the console', () => {
  it('lists open cases soonest due first, and marks and counts the overdue ones', async () => {
    const first = await complain(visitor);
    const second = await complain(visitor, { category: 'billing' });
    await t.db.query(`update cases set due_at = now() + interval '2 hours' where id = $1`, [
      second.caseId,
    ]);
    const open = await list('open');
    expect(open.cases.map((c) => c.id).slice(0, 2)).toEqual([second.caseId, first.caseId]);
    expect(open.cases[0]).toMatchObject({
      reference: expect.stringMatching(/^C-\d+$/),
      categoryLabel: 'Billing or payment',
      ownerName: 'Customer care',
      overdue: false,
      orderRef: 'HB-1042',
    });
    await t.db.query(`update cases set due_at = now() - interval '1 hour' where id = $1`, [
      second.caseId,
    ]);
    const overdue = await list('overdue');
    expect(overdue.cases.map((c) => c.id)).toEqual([second.caseId]);
    expect(overdue.cases[0]!.overdue).toBe(true);
    expect(overdue.counts.overdue).toBe(1);
  });

  it('moves a case open → in progress → resolved → reopened, telling the customer each time', async () => {
    const { caseId, conversationId } = await complain(visitor);
    const move = (status: string) => agent.post(`/api/console/cases/${caseId}/update`, { status });
    expect((await move('in_progress')).status).toBe(204);
    expect((await move('open')).status).toBe(409);
    expect((await move('resolved')).status).toBe(204);
    const resolved = await detail(caseId);
    expect(resolved).toMatchObject({ status: 'resolved', overdue: false });
    expect(resolved.resolvedAt).not.toBeNull();
    expect((await move('reopened')).status).toBe(204);
    const reopened = await detail(caseId);
    expect(reopened.resolvedAt).toBeNull();
    expect(reopened.history.map((e) => [e.kind, e.detail.to ?? null])).toEqual([
      ['created', null],
      ['status', 'in_progress'],
      ['status', 'resolved'],
      ['status', 'reopened'],
    ]);
    expect(reopened.history[1]!.actorName).toBe(agentName);
    const told = customerSaw(conversationId);
    expect(told.filter((b) => /is now in progress/.test(b))).toHaveLength(1);
    expect(told.filter((b) => /is resolved/.test(b))).toHaveLength(1);
    expect(told.filter((b) => /is open again/.test(b))).toHaveLength(1);
  });

  it('hands a case to a person and back to the team; only members can own one', async () => {
    const { caseId, conversationId } = await complain(visitor);
    const owner = (ownerId: string | null) =>
      agent.post(`/api/console/cases/${caseId}/update`, { ownerId });
    expect((await owner(agentId)).status).toBe(204);
    expect(await detail(caseId)).toMatchObject({ ownerId: agentId, ownerName: agentName });
    expect(customerSaw(conversationId)).toContain(
      `${agentName} from Customer care now looks after your case ${(await detail(caseId)).reference}.`,
    );
    const outsider = await seedMember(t.core, (await seedWorkspace(t.core)).id);
    expect((await owner(outsider.userId)).status).toBe(400);
    expect((await owner(null)).status).toBe(204);
    expect(await detail(caseId)).toMatchObject({ ownerId: null, ownerName: 'Customer care' });
  });

  it('records recovery actions and internal notes with who and when', async () => {
    const { caseId } = await complain(visitor);
    const act = (body: unknown) => agent.post(`/api/console/cases/${caseId}/actions`, body);
    expect((await act({ kind: 'apology', note: 'Said sorry in the chat' })).status).toBe(204);
    expect((await act({ kind: 'credit', amount: 15, currency: 'EUR' })).status).toBe(204);
    expect((await act({ kind: 'credit', note: 'no amount' })).status).toBe(400);
    expect((await act({ kind: 'refund', amount: 5.5 })).status).toBe(400);
    const note = await agent.post(`/api/console/cases/${caseId}/notes`, { body: 'Courier again' });
    expect(note.status).toBe(204);
    const c = await detail(caseId);
    expect(c.actions.map((a) => [a.kind, a.amount, a.currency, a.recordedBy])).toEqual([
      ['apology', null, null, agentName],
      ['credit', '15.00', 'EUR', agentName],
    ]);
    expect(c.history.map((e) => e.kind)).toEqual(['created', 'action', 'action', 'note']);
    expect(c.history[3]!.detail).toEqual({ body: 'Courier again' });
    expect(c.customerUrl).toMatch(/^http:\/\/parley\.test\/case\/[\w-]+\.[\w-]+$/);
  });

  it('queues case.updated with each change, and only for a change that commits', async () => {
    const { caseId } = await complain(visitor);
    expect((await deliveries(caseId)).map((d) => d.payload.changes)).toEqual([['created']]);
    await agent.post(`/api/console/cases/${caseId}/update`, {
      status: 'in_progress',
      ownerId: agentId,
    });
    await agent.post(`/api/console/cases/${caseId}/update`, { status: 'open' }); // refused
    await agent.post(`/api/console/cases/${caseId}/notes`, { body: 'internal only' });
    const sent = await deliveries(caseId);
    expect(sent.map((d) => d.payload.changes)).toEqual([['created'], ['status', 'owner']]);
    expect(sent[1]!.payload.case).toMatchObject({ status: 'in_progress', ownerName: agentName });

    // The change and its webhook share one transaction: when the commit fails, neither stays.
    const failingCommit = {
      ...t.core,
      db: {
        ...t.db,
        transaction: <T>(fn: (tx: typeof t.db) => Promise<T>) =>
          t.db.transaction(async (tx) => {
            await fn(tx);
            throw new Error('commit failed');
          }),
      },
    };
    const actor = { workspaceId, userId: agentId };
    await expect(updateCase(failingCommit, actor, { caseId, status: 'resolved' })).rejects.toThrow(
      'commit failed',
    );
    expect(await deliveries(caseId)).toHaveLength(2);
    expect((await detail(caseId)).status).toBe('in_progress');
  });

  it("another workspace's members find none of its cases, and champions none at all", async () => {
    const { caseId, conversationId } = await complain(visitor);
    const other = await seedMember(t.core, (await seedWorkspace(t.core)).id, { role: 'owner' });
    const stranger = new ConsoleClient(t);
    await stranger.logIn(other.email, other.password!);
    expect((await stranger.get(`/api/console/cases/${caseId}`)).status).toBe(404);
    expect((await stranger.get(`/api/console/conversations/${conversationId}/case`)).status).toBe(
      404,
    );
    const move = await stranger.post(`/api/console/cases/${caseId}/update`, { status: 'resolved' });
    expect(move.status).toBe(404);
    expect((await stranger.post(`/api/console/cases/${caseId}/notes`, { body: 'x' })).status).toBe(
      404,
    );
    const theirs = (await (await stranger.get('/api/console/cases?view=all')).json()) as {
      cases: unknown[];
    };
    expect(theirs.cases).toEqual([]);
    const champ = await seedMember(t.core, workspaceId, { role: 'champion' });
    const champion = new ConsoleClient(t);
    await champion.logIn(champ.email, champ.password!);
    expect((await champion.get('/api/console/cases')).status).toBe(403);
  });

  it('admins set the complaint policy; agents read it; a bad time zone is refused', async () => {
    const admin = await seedMember(t.core, workspaceId, { role: 'admin' });
    const client = new ConsoleClient(t);
    await client.logIn(admin.email, admin.password!);
    const policy = (await (await agent.get('/api/console/complaint-policy')).json()) as {
      team: string;
      responseHours: number;
    };
    expect(policy).toMatchObject({ team: 'Customer care', responseHours: 24 });
    const change = { ...policy, team: 'Hop heroes', responseHours: 8, timeZone: 'Europe/Berlin' };
    expect((await agent.send('PUT', '/api/console/complaint-policy', change)).status).toBe(403);
    expect((await client.send('PUT', '/api/console/complaint-policy', change)).status).toBe(200);
    const bad = await client.send('PUT', '/api/console/complaint-policy', {
      ...change,
      timeZone: 'Mars/Olympus',
    });
    expect(bad.status).toBe(400);
    const { caseId } = await complain(visitor);
    expect(await detail(caseId)).toMatchObject({ team: 'Hop heroes', ownerName: 'Hop heroes' });
  });
});
