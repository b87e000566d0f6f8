import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedMember } from '../../../test/seed.js';
import { ConsoleClient, type TestApp } from '../../../test/test-app.js';
import type { InvitationRuleView } from '../../shared/schemas/invitations.js';
import { createInvitationApp, ruleInput, seedShop } from './invitations.test-helpers.js';

let t: TestApp;
let shop: Awaited<ReturnType<typeof seedShop>>;
let agent: ConsoleClient;

beforeAll(async () => {
  ({ t } = await createInvitationApp());
  shop = await seedShop(t);
  const m = await seedMember(t.core, shop.workspace.id, { role: 'agent' });
  agent = new ConsoleClient(t);
  await agent.logIn(m.email, m.password!);
});
afterAll(() => t.close());

const RULES = '/api/console/invitation-rules';
const errorOf = async (res: Response) =>
  ((await res.json()) as { error: { message: string } }).error;

describe('invitation rules in the console API', () => {
  it('an owner writes a rule with every condition, reads it back, changes and deletes it', async () => {
    const input = ruleInput({
      name: 'Big carts',
      conditions: {
        urls: ['/cart', '/checkout/*'],
        minSecondsOnPage: 30,
        minPagesInSession: 2,
        referrer: '*google.*',
        events: ['add_to_cart'],
        attributes: [{ key: 'cart_value', op: 'gte', value: 100 }],
        audience: 'returning',
      },
      fallback: 'bot',
      capDays: 3,
      dismissDays: 14,
      holdoutPercent: 10,
      goalEvent: 'purchase',
      goalDays: 2,
    });
    const created = await shop.owner.send('POST', RULES, input);
    expect(created.status).toBe(201);
    const rule = (await created.json()) as InvitationRuleView;
    expect(rule).toMatchObject({ ...input, enabled: true, topic: 'question', teamId: null });
    const list = (await (await shop.owner.get(RULES)).json()) as { rules: InvitationRuleView[] };
    expect(list.rules).toEqual([rule]);

    const changed = await shop.owner.send('PUT', `${RULES}/${rule.id}`, {
      ...input,
      enabled: false,
      message: 'Need a hand with your order?',
    });
    expect(changed.status).toBe(200);
    expect(await changed.json()).toMatchObject({
      enabled: false,
      message: 'Need a hand with your order?',
    });
    expect((await shop.owner.delete(`${RULES}/${rule.id}`)).status).toBe(204);
    expect((await shop.owner.delete(`${RULES}/${rule.id}`)).status).toBe(404);
  });

  it('refuses a rule that cannot work, naming what to fix', async () => {
    const bad = await shop.owner.send('POST', RULES, {
      ...ruleInput(),
      maxWaitMinutes: 0,
      holdoutPercent: 80,
      conditions: { attributes: [{ key: 'cart value', op: 'about', value: 1 }] },
    });
    expect(bad.status).toBe(400);
    const { message } = await errorOf(bad);
    expect(message).toContain('maxWaitMinutes');
    expect(message).toContain('holdoutPercent');
    expect(message).toContain('conditions.attributes.0.key');
    expect(message).toContain('conditions.attributes.0.op');
    const strangeTeam = await shop.owner.send('POST', RULES, {
      ...ruleInput(),
      teamId: '00000000-0000-4000-8000-000000000000',
    });
    expect(strangeTeam.status).toBe(400);
    expect((await errorOf(strangeTeam)).message).toContain('Pick one of your teams');
    await shop.owner.send('POST', RULES, ruleInput({ name: 'Checkout help' }));
    const twice = await shop.owner.send('POST', RULES, ruleInput({ name: 'checkout HELP' }));
    expect(twice.status).toBe(409);
  });

  it('agents can neither read nor change rules or the report', async () => {
    expect((await agent.get(RULES)).status).toBe(403);
    expect((await agent.send('POST', RULES, ruleInput())).status).toBe(403);
    expect((await agent.get('/api/console/invitation-report')).status).toBe(403);
  });
});
