import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/test-app.js';
import { inHoldout } from '../../core/invitations/holdout.js';
import type { InvitationReport } from '../../shared/schemas/invitations.js';
import {
  createInvitationApp,
  createRule,
  evaluate,
  newVisitorKey,
  seedShop,
  signals,
  startChat,
  widgetPost,
} from './invitations.test-helpers.js';

const DAY = 86_400_000;
let t: TestApp;
let setOnline: (workspaceId: string, ...ids: string[]) => void;
let routingChanges: string[];

beforeAll(async () => {
  ({ t, setOnline, routingChanges } = await createInvitationApp());
});
afterAll(() => t.close());

const link = (key: string, token: string, id: string, body: unknown) =>
  t.fetch(`/api/widget/invitations/${id}/conversation`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-parley-key': key,
      authorization: `Visitor ${token}`,
    },
    body: JSON.stringify(body),
  });

describe('what visitors do with invitations', () => {
  it('an accepted invitation that becomes a conversation sends it to the rule’s team', async () => {
    const shop = await seedShop(t);
    setOnline(shop.workspace.id, shop.lauraId);
    const team = await shop.owner.send('POST', '/api/console/teams', {
      name: 'Brewing',
      memberIds: [shop.lauraId],
    });
    const teamId = ((await team.json()) as { id: string }).id;
    const rule = await createRule(shop.owner, { teamId });
    const visitor = newVisitorKey();
    const invitation = (await evaluate(t, shop.key, visitor))!;
    const accept = { key: shop.key, visitor, response: 'accepted' };
    expect((await widgetPost(t, `/${invitation.id}/response`, accept)).status).toBe(204);

    const chat = await startChat(t, shop.key);
    const body = { visitor, conversationId: chat.conversationId };
    expect((await link(shop.key, chat.token, invitation.id, body)).status).toBe(204);
    const [conversation] = await t.db.query<{ team_id: string }>(
      'select team_id from conversations where workspace_id = $1 and id = $2',
      [shop.workspace.id, chat.conversationId],
    );
    expect(conversation!.team_id).toBe(teamId);
    expect(routingChanges).toContain(shop.workspace.id);
    // Linked once; and nobody can tie someone else's conversation to their invitation.
    expect((await link(shop.key, chat.token, invitation.id, body)).status).toBe(404);
    const other = await startChat(t, shop.key);
    const theirs = { visitor, conversationId: chat.conversationId };
    expect((await link(shop.key, other.token, invitation.id, theirs)).status).toBe(404);

    const report = (await (
      await shop.owner.get('/api/console/invitation-report')
    ).json()) as InvitationReport;
    expect(report.rules.find((r) => r.ruleId === rule.id)).toMatchObject({
      shown: 1,
      accepted: 1,
      dismissed: 0,
      conversations: 1,
    });
  });

  it('reports conversion of shown visitors against the holdout group, with the uplift', async () => {
    const shop = await seedShop(t);
    setOnline(shop.workspace.id, shop.lauraId);
    const rule = await createRule(shop.owner, {
      holdoutPercent: 50,
      goalEvent: 'purchase',
      goalDays: 3,
    });
    const shown: string[] = [];
    const held: string[] = [];
    while (shown.length < 4 || held.length < 4) {
      const v = newVisitorKey();
      const group = inHoldout(rule.id, v, 50) ? held : shown;
      if (group.length < 4) group.push(v);
    }
    for (const v of [...shown, ...held]) await evaluate(t, shop.key, v);
    const buy = async (visitor: string, name = 'purchase') =>
      (
        (await (await widgetPost(t, '/goals', { key: shop.key, visitor, name })).json()) as {
          kept: boolean;
        }
      ).kept;
    expect(await buy(shown[0]!)).toBe(true);
    expect(await buy(shown[1]!)).toBe(true);
    expect(await buy(shown[1]!)).toBe(true); // twice: still one converted visitor
    expect(await buy(shown[2]!, 'newsletter')).toBe(true); // not this rule's goal
    expect(await buy(held[0]!)).toBe(true);
    expect(await buy(newVisitorKey())).toBe(false); // never invited nor held out: not stored
    t.advance(4 * DAY);
    expect(await buy(shown[3]!)).toBe(true); // too late for a 3-day goal window

    const res = await shop.owner.get('/api/console/invitation-report?days=30');
    const report = ((await res.json()) as InvitationReport).rules.find(
      (r) => r.ruleId === rule.id,
    )!;
    expect(report.eligible).toBe(8);
    expect(report.conversion.shown).toEqual({ visitors: 4, converted: 2, rate: 0.5 });
    expect(report.conversion.holdout).toEqual({ visitors: 4, converted: 1, rate: 0.25 });
    expect(report.conversion.upliftPoints).toBeCloseTo(25);
    expect(report.conversion.upliftRelative).toBeCloseTo(1);
    expect(report.conversion.z).toBeCloseTo(0.73, 2);
  });
});

describe('tenancy and bad input', () => {
  it('one workspace’s rules, invitations and report never reach another', async () => {
    const a = await seedShop(t);
    const b = await seedShop(t);
    setOnline(a.workspace.id, a.lauraId);
    setOnline(b.workspace.id, b.lauraId);
    const rule = await createRule(a.owner);
    const visitor = newVisitorKey();
    expect(await evaluate(t, b.key, visitor)).toBeNull();
    const invitation = (await evaluate(t, a.key, visitor))!;
    const answer = { key: b.key, visitor, response: 'dismissed' };
    expect((await widgetPost(t, `/${invitation.id}/response`, answer)).status).toBe(404);
    const foreign = await b.owner.send('PUT', `/api/console/invitation-rules/${rule.id}`, {
      name: 'Mine now',
      conditions: {},
      message: 'Hello',
      maxWaitMinutes: 5,
    });
    expect(foreign.status).toBe(404);
    expect((await b.owner.delete(`/api/console/invitation-rules/${rule.id}`)).status).toBe(404);
    const theirs = (await (
      await b.owner.get('/api/console/invitation-report')
    ).json()) as InvitationReport;
    expect(theirs.rules).toEqual([]);
    expect(
      ((await (await b.owner.get('/api/console/invitation-rules')).json()) as { rules: unknown[] })
        .rules,
    ).toEqual([]);
  });

  it('refuses oversized or malformed signals with a message that says what to fix', async () => {
    const shop = await seedShop(t);
    await createRule(shop.owner);
    const visitor = newVisitorKey();
    const huge = await widgetPost(t, '/evaluate', {
      ...signals(shop.key, visitor),
      attrs: { note: 'x'.repeat(9000) },
    });
    expect(huge.status).toBe(400);
    expect(((await huge.json()) as { error: { message: string } }).error.message).toContain('8 KB');
    const many = await widgetPost(t, '/evaluate', {
      ...signals(shop.key, visitor),
      events: Array.from({ length: 21 }, (_, i) => `event_${i}`),
    });
    expect(many.status).toBe(400);
    expect(await many.text()).toContain('at most 20 event names');
    const bad = await widgetPost(t, '/evaluate', {
      ...signals(shop.key, visitor),
      url: 'javascript:alert(1)',
      visitor: 'x',
    });
    const message = ((await bad.json()) as { error: { message: string } }).error.message;
    expect(message).toMatch(/url .*http/);
    expect(message).toContain('visitor');
    expect((await widgetPost(t, '/evaluate', signals('no-such-key', visitor))).status).toBe(404);
    const [row] = await t.db.query<{ n: number }>(
      'select count(*)::int as n from invitations where visitor_key = $1',
      [visitor],
    );
    expect(row!.n).toBe(0);
  });
});
