import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedMember, seedWorkspace } from '../../../test/seed.js';
import { ConsoleClient, createTestApp, type TestApp } from '../../../test/test-app.js';
import type { WidgetCase } from '../../shared/schemas/cases.js';
import { complain, openVisitor, type Visitor } from './cases.test-helpers.js';

let t: TestApp;
let agent: ConsoleClient;
let visitor: Visitor;
let key: string;

beforeAll(async () => {
  t = await createTestApp();
  const ws = await seedWorkspace(t.core);
  key = ws.public_key;
  const a = await seedMember(t.core, ws.id, { role: 'agent' });
  agent = new ConsoleClient(t);
  await agent.logIn(a.email, a.password!);
  visitor = await openVisitor(t, key);
});
afterAll(() => t.close());

const caseOf = async (who: Visitor, conversationId: string) =>
  who.call(`/conversations/${conversationId}/case`);

describe('the customer’s case in the widget', () => {
  it('offers the workspace’s complaint categories to the form', async () => {
    const res = await t.fetch('/api/widget/complaints/categories', {
      headers: { 'x-parley-key': key },
    });
    const { categories } = (await res.json()) as { categories: { key: string }[] };
    expect(categories.map((c) => c.key)).toEqual([
      'order',
      'delivery',
      'product',
      'billing',
      'service',
      'other',
    ]);
    const unknown = await t.fetch('/api/widget/complaints/categories', {
      headers: { 'x-parley-key': 'nope' },
    });
    expect(unknown.status).toBe(404);
  });

  it('shows status, owner and due time, and follows the case as it changes', async () => {
    const { caseId, conversationId } = await complain(visitor);
    const first = (await (await caseOf(visitor, conversationId)).json()) as WidgetCase;
    expect(first).toMatchObject({
      reference: expect.stringMatching(/^C-\d+$/),
      status: 'open',
      statusLabel: 'Open',
      category: 'Delivery',
      owner: 'Customer care',
      overdue: false,
      orderRef: 'HB-1042',
      actions: [],
      link: expect.stringMatching(/^\/case\/[\w-]+\.[\w-]+$/),
    });
    await agent.post(`/api/console/cases/${caseId}/update`, { status: 'in_progress' });
    await agent.post(`/api/console/cases/${caseId}/actions`, {
      kind: 'credit',
      amount: 7.5,
      currency: 'EUR',
      note: 'A credit for the split bag',
    });
    const later = (await (await caseOf(visitor, conversationId)).json()) as WidgetCase;
    expect(later).toMatchObject({ status: 'in_progress', statusLabel: 'In progress' });
    expect(later.actions).toEqual([
      expect.objectContaining({
        kind: 'credit',
        amount: '7.50',
        currency: 'EUR',
        note: 'A credit for the split bag',
      }),
    ]);
  });

  it('never shows the customer internal notes or actions marked internal', async () => {
    const { caseId, conversationId } = await complain(visitor);
    await agent.post(`/api/console/cases/${caseId}/notes`, { body: 'SECRET: repeat complainer' });
    await agent.post(`/api/console/cases/${caseId}/actions`, {
      kind: 'refund',
      amount: 20,
      currency: 'EUR',
      note: 'SECRET: refund approved by finance only',
      visibleToCustomer: false,
    });
    const text = await (await caseOf(visitor, conversationId)).text();
    expect(text).not.toContain('SECRET');
    expect(JSON.parse(text).actions).toEqual([]);
    const heard = t.events.filter((e) => !e.internal && JSON.stringify(e.frame).includes('SECRET'));
    expect(heard).toEqual([]);
  });

  it('another visitor, or another workspace, finds no case there', async () => {
    const { conversationId } = await complain(visitor);
    const stranger = await openVisitor(t, key);
    expect((await caseOf(stranger, conversationId)).status).toBe(404);
    const elsewhere = await openVisitor(t, (await seedWorkspace(t.core)).public_key);
    expect((await caseOf(elsewhere, conversationId)).status).toBe(404);
    expect((await t.fetch(`/api/widget/conversations/${conversationId}/case`)).status).toBe(401);
  });
});
