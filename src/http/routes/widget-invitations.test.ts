import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/test-app.js';
import { identityHash } from '../../core/contacts/verify-identity.js';
import { inHoldout } from '../../core/invitations/holdout.js';
import type { InvitationReport, RuleReport } from '../../shared/schemas/invitations.js';
import {
  createInvitationApp,
  createRule,
  evaluate,
  giveChats,
  newVisitorKey,
  seedShop,
  startChat,
  widgetPost,
} from './invitations.test-helpers.js';

const DAY = 86_400_000;
let t: TestApp;
let setOnline: (workspaceId: string, ...ids: string[]) => void;

beforeAll(async () => {
  ({ t, setOnline } = await createInvitationApp());
});
afterAll(() => t.close());

async function reportOf(shop: Awaited<ReturnType<typeof seedShop>>, ruleId: string) {
  const res = await shop.owner.get('/api/console/invitation-report?days=30');
  const report = (await res.json()) as InvitationReport;
  return report.rules.find((r) => r.ruleId === ruleId)!;
}

async function brewingTeam(shop: Awaited<ReturnType<typeof seedShop>>) {
  const res = await shop.owner.send('POST', '/api/console/teams', {
    name: 'Brewing',
    memberIds: [shop.lauraId],
  });
  return ((await res.json()) as { id: string }).id;
}

describe('proactive invitations decide on real staffing', () => {
  it('shows an invitation only while an agent of its team is online with a free slot', async () => {
    const shop = await seedShop(t);
    const teamId = await brewingTeam(shop);
    const rule = await createRule(shop.owner, { teamId });

    setOnline(shop.workspace.id);
    expect(await evaluate(t, shop.key, newVisitorKey())).toBeNull();
    setOnline(shop.workspace.id, shop.lauraId);
    const visitor = newVisitorKey();
    const shown = await evaluate(t, shop.key, visitor);
    expect(shown).toMatchObject({
      offer: 'person',
      topic: 'question',
      message: 'Brewing your first batch? Laura can help you choose.',
    });
    // While it shows, the widget asks whether the promise still holds; once Laura is gone, no.
    const status = () =>
      t.fetch(`/api/widget/invitations/${shown!.id}/status?key=${shop.key}&visitor=${visitor}`);
    expect(await (await status()).json()).toEqual({ open: true });
    setOnline(shop.workspace.id);
    expect(await (await status()).json()).toEqual({ open: false });
    setOnline(shop.workspace.id, shop.lauraId);
    const report = await reportOf(shop, rule.id);
    expect(report).toMatchObject({ eligible: 2, shown: 1 });
    expect(report.suppressed.no_capacity).toBe(1);
  });

  it('is suppressed when the queue is full: every slot taken and the wait over the promise', async () => {
    const shop = await seedShop(t);
    const rule = await createRule(shop.owner, { teamId: await brewingTeam(shop) });
    setOnline(shop.workspace.id, shop.lauraId);
    await giveChats(t, shop.key, shop.workspace.id, shop.lauraId, 3);
    await startChat(t, shop.key); // one already waiting for the team
    const visitor = newVisitorKey();
    expect(await evaluate(t, shop.key, visitor)).toBeNull();
    const [row] = await t.db.query<{ reason: string; predicted_wait_minutes: number }>(
      'select reason, predicted_wait_minutes from invitations where rule_id = $1',
      [rule.id],
    );
    // Second in line, no free slot, 8-minute handle time: promised 10 minutes, over the 5 asked.
    expect(row).toEqual({ reason: 'no_capacity', predicted_wait_minutes: 10 });

    // The same suppression of the same visitor is counted once, not on every page.
    expect(await evaluate(t, shop.key, visitor, { seconds: 40 })).toBeNull();
    expect((await reportOf(shop, rule.id)).suppressed.no_capacity).toBe(1);

    // A rule promising 15 minutes can still invite.
    const patient = await createRule(shop.owner, { maxWaitMinutes: 15 });
    expect(await evaluate(t, shop.key, newVisitorKey())).not.toBeNull();
    expect((await reportOf(shop, patient.id)).shown).toBe(1);
  });

  it('offers the rule’s fallback when nobody can answer in time', async () => {
    const shop = await seedShop(t);
    const rule = await createRule(shop.owner, { fallback: 'callback' });
    // Laura makes calls (the voice skill), though she is not online to chat now.
    await shop.owner.send('PUT', `/api/console/agents/${shop.lauraId}`, {
      skills: { voice: 1 },
      capacity: { chat: 3, email: 5, voice: 1 },
    });
    const offered = await evaluate(t, shop.key, newVisitorKey());
    expect(offered).toMatchObject({ offer: 'callback' });
    expect(offered!.message).toContain('call you back');
    expect(await reportOf(shop, rule.id)).toMatchObject({ shown: 0, fallback: 1 });
    // A workspace that takes no callbacks is never offered one.
    const off = await shop.owner.send('PUT', '/api/console/callback-settings', { enabled: false });
    expect(off.status).toBe(200);
    expect(await evaluate(t, shop.key, newVisitorKey())).toBeNull();
    expect((await reportOf(shop, rule.id)).suppressed.no_capacity).toBe(1);
  });
});

describe('invitations respect the visitor', () => {
  it('shows a rule at most once per N days to a visitor', async () => {
    const shop = await seedShop(t);
    setOnline(shop.workspace.id, shop.lauraId);
    const rule = await createRule(shop.owner, { capDays: 2 });
    const visitor = newVisitorKey();
    expect(await evaluate(t, shop.key, visitor)).not.toBeNull();
    expect(await evaluate(t, shop.key, visitor, { pages: 2 })).toBeNull();
    t.advance(DAY);
    expect(await evaluate(t, shop.key, visitor, { pages: 3 })).toBeNull();
    expect(await evaluate(t, shop.key, newVisitorKey())).not.toBeNull();
    t.advance(DAY + 1000);
    expect(await evaluate(t, shop.key, visitor)).not.toBeNull();
    const report = await reportOf(shop, rule.id);
    expect(report).toMatchObject({ shown: 3 });
    expect(report.suppressed.frequency_cap).toBe(2);
  });

  it('leaves a visitor alone for M days after they dismissed any invitation', async () => {
    const shop = await seedShop(t);
    setOnline(shop.workspace.id, shop.lauraId);
    await createRule(shop.owner, { conditions: { urls: ['/products'] } });
    const cart = await createRule(shop.owner, { conditions: { urls: ['/cart'] }, dismissDays: 3 });
    const visitor = newVisitorKey();
    const first = await evaluate(t, shop.key, visitor);
    const dismiss = { key: shop.key, visitor, response: 'dismissed' };
    expect((await widgetPost(t, `/${first!.id}/response`, dismiss)).status).toBe(204);
    // Answered once only, and only by the visitor it was shown to.
    expect((await widgetPost(t, `/${first!.id}/response`, dismiss)).status).toBe(404);

    const onCart = { url: 'https://shop.example/cart' };
    expect(await evaluate(t, shop.key, visitor, onCart)).toBeNull();
    expect((await reportOf(shop, cart.id)).suppressed.dismissed_recently).toBe(1);
    t.advance(3 * DAY);
    expect(await evaluate(t, shop.key, visitor, onCart)).not.toBeNull();
  });

  it('holds out the same visitors of a rule every time, records them, and never shows them', async () => {
    const shop = await seedShop(t);
    setOnline(shop.workspace.id, shop.lauraId);
    const rule = await createRule(shop.owner, { holdoutPercent: 50, capDays: 0 });
    const visitors = Array.from({ length: 12 }, newVisitorKey);
    const held = visitors.filter((v) => inHoldout(rule.id, v, 50));
    expect(held.length).toBeGreaterThan(0);
    expect(held.length).toBeLessThan(visitors.length);
    for (const round of [1, 2])
      for (const v of visitors) {
        const invitation = await evaluate(t, shop.key, v, { pages: round });
        expect(invitation === null).toBe(held.includes(v));
      }
    const report: RuleReport = await reportOf(shop, rule.id);
    expect(report.shown).toBe(2 * (visitors.length - held.length));
    expect(report.suppressed.holdout).toBe(held.length);
    expect(report.conversion.holdout.visitors).toBe(held.length);
  });
});

describe('rule matching from the widget’s signals', () => {
  it('tells the widget what to watch, and matches URL, time, pages, referrer and events', async () => {
    const shop = await seedShop(t);
    setOnline(shop.workspace.id, shop.lauraId);
    const conditions = {
      urls: ['/checkout/*'],
      minSecondsOnPage: 20,
      minPagesInSession: 2,
      referrer: '*google.*',
      events: ['add_to_cart'],
      attributes: [{ key: 'cart_value', op: 'gte', value: 100 }],
    };
    const rule = await createRule(shop.owner, { conditions, goalEvent: 'purchase' });
    const needs = await t.fetch(`/api/widget/invitations/settings?key=${shop.key}`);
    expect(needs.headers.get('cache-control')).toContain('max-age');
    expect(await needs.json()).toEqual({
      on: true,
      at: [20],
      events: ['add_to_cart'],
      attrs: ['cart_value'],
      goals: ['purchase'],
    });
    const all = {
      url: 'https://shop.example/checkout/address',
      seconds: 25,
      pages: 3,
      referrer: 'https://www.google.com/',
      events: ['add_to_cart'],
      attrs: { cart_value: 120 },
    };
    const v = newVisitorKey();
    for (const miss of [
      { url: 'https://shop.example/products/x' },
      { seconds: 5 },
      { pages: 1 },
      { referrer: '' },
      { events: [] },
      { attrs: { cart_value: 80 } },
    ])
      expect(await evaluate(t, shop.key, v, { ...all, ...miss })).toBeNull();
    expect((await reportOf(shop, rule.id)).eligible).toBe(0);
    expect(await evaluate(t, shop.key, v, all)).not.toBeNull();
  });

  it('an audience of identified visitors needs the site’s signature, or a verified contact', async () => {
    const shop = await seedShop(t);
    setOnline(shop.workspace.id, shop.lauraId);
    await createRule(shop.owner, { conditions: { audience: 'identified' } });
    const id = 'customer-1042';
    const forged = { identity: { id, hash: '00'.repeat(32) } };
    expect(await evaluate(t, shop.key, newVisitorKey(), forged)).toBeNull();
    const signed = { identity: { id, hash: identityHash(shop.workspace.identity_secret, id) } };
    expect(await evaluate(t, shop.key, newVisitorKey(), signed)).not.toBeNull();
    // A browser whose widget session already carries the verified contact needs nothing more.
    const session = await t.fetch('/api/widget/session', {
      method: 'POST',
      body: JSON.stringify({ workspace: shop.key, identity: { id, hash: signed.identity.hash } }),
    });
    const { visitorToken } = (await session.json()) as { visitorToken: string };
    expect(await evaluate(t, shop.key, newVisitorKey(), { token: visitorToken })).not.toBeNull();
    expect(await evaluate(t, shop.key, newVisitorKey(), { token: 'not-a-token' })).toBeNull();
  });

  it('a workspace without rules asks the widget for nothing', async () => {
    const shop = await seedShop(t);
    const res = await t.fetch(`/api/widget/invitations/settings?key=${shop.key}`);
    expect(await res.json()).toEqual({ on: false, at: [], events: [], attrs: [], goals: [] });
    expect(await evaluate(t, shop.key, newVisitorKey())).toBeNull();
  });
});
