import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedMember, seedWorkspace } from '../../../test/seed.js';
import { ConsoleClient, createTestApp, type TestApp } from '../../../test/test-app.js';
import { CASE_LINK_DAYS } from '../../core/cases/case-link.js';
import type { WidgetCase } from '../../shared/schemas/cases.js';
import { complain, openVisitor, type Visitor } from './cases.test-helpers.js';

const HOSTILE = '<script>window.__pwned=1</script>';
let t: TestApp;
let agent: ConsoleClient;
let visitor: Visitor;

beforeAll(async () => {
  t = await createTestApp();
  const ws = await seedWorkspace(t.core);
  const a = await seedMember(t.core, ws.id, { role: 'agent' });
  agent = new ConsoleClient(t);
  await agent.logIn(a.email, a.password!);
  visitor = await openVisitor(t, ws.public_key);
});
afterAll(() => t.close());

/** A complaint and the path of its customer page, as the widget gets it. */
async function caseWithLink(over: Record<string, unknown> = {}) {
  const made = await complain(visitor, over);
  const res = await visitor.call(`/conversations/${made.conversationId}/case`);
  return { ...made, link: ((await res.json()) as WidgetCase).link };
}

describe('the signed case page', () => {
  it('shows status, owner, due time and the actions meant for the customer, without sign-in', async () => {
    const { caseId, link } = await caseWithLink({ orderRef: HOSTILE });
    await agent.post(`/api/console/cases/${caseId}/actions`, { kind: 'apology' });
    await agent.post(`/api/console/cases/${caseId}/actions`, {
      kind: 'credit',
      amount: 15,
      currency: 'EUR',
      note: 'On your next order',
    });
    await agent.post(`/api/console/cases/${caseId}/actions`, {
      kind: 'other',
      note: 'SECRET courier claim filed',
      visibleToCustomer: false,
    });
    await agent.post(`/api/console/cases/${caseId}/notes`, { body: 'SECRET internal note' });
    const res = await t.fetch(link);
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toMatch(/<h1>Case C-\d+<\/h1>/);
    expect(page).toContain('Open');
    expect(page).toContain('Customer care');
    expect(page).toContain('Delivery');
    expect(page).toMatch(/Answer by<\/dt>\s*<dd>\w+day \d+ \w+ at \d\d:\d\d UTC<\/dd>/);
    expect(page).toContain('Credit of €15.00');
    expect(page).toContain('On your next order');
    expect(page).toContain('Apology');
    expect(page).not.toContain('SECRET');
    expect(page).not.toContain(HOSTILE);
    expect(page).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
    expect(page).not.toContain('<script');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('refuses a link with any character changed, with a page that says so', async () => {
    const { link } = await caseWithLink();
    const forged = link.slice(0, -2) + (link.endsWith('AA') ? 'BB' : 'AA');
    const res = await t.fetch(forged);
    expect(res.status).toBe(404);
    const page = await res.text();
    expect(page).toContain('This link does not work');
    expect(page).toContain('Ask for a new one');
    expect(res.headers.get('content-type')).toContain('text/html');
    expect((await t.fetch('/case/not-a-token')).status).toBe(404);
  });

  it('refuses a link after it expired', async () => {
    const { link } = await caseWithLink();
    t.advance((CASE_LINK_DAYS + 1) * 86_400_000);
    try {
      const res = await t.fetch(link);
      expect(res.status).toBe(403);
      expect(await res.text()).toContain('This link has expired');
    } finally {
      t.advance(-(CASE_LINK_DAYS + 1) * 86_400_000);
    }
  });
});
