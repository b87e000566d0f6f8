import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousAxeFindings } from '../../test/axe.js';
import { openCustomer } from '../../test/chat-client.js';
import { PASSWORD } from '../../test/seed.js';
import {
  desktop,
  hasNoHorizontalOverflow,
  openPage,
  phone,
  screenshot,
  signInToConsole,
  useParleyAndChromium,
} from '../../test/browser.js';
import { addMember } from '../core/users/add-member.js';

const env = useParleyAndChromium();
const ADMIN = 'ines.admin@hopfield.example';
const AGENT = 'otto.agent@hopfield.example';
const CHAMPION = 'cleo.champion@hopfield.example';

/** A widget customer asks the demo shop's assistant; resolves once the assistant has replied. */
async function asks(question: string) {
  const key = env.server.demo!.workspace.public_key;
  const c = await openCustomer(env.server.url, key, question, 'question');
  const answered = () =>
    env.server.db.query<{ seq: number }>('select seq from bot_answers where conversation_id = $1', [
      c.conversationId,
    ]);
  // In beforeAll, where expect.poll is not available: wait for the assistant by hand.
  for (let tries = 0; (await answered()).length === 0; tries++) {
    if (tries > 100) throw new Error(`the assistant did not answer: ${question}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const widget = (path: string, body: unknown) =>
    fetch(`${env.server.url}/api/widget/conversations/${c.conversationId}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-parley-key': key,
        authorization: `Visitor ${c.token}`,
      },
      body: JSON.stringify(body),
    });
  const seq = (await answered())[0]!.seq;
  return {
    rates: (helpful: boolean) => widget(`/answers/${seq}`, { helpful }),
    wantsPerson: () => widget('/person', {}),
  };
}

beforeAll(async () => {
  const deps = { db: env.server.db, now: () => new Date() };
  const workspaceId = env.server.demo!.workspace.id;
  for (const [email, role] of [
    [ADMIN, 'admin'],
    [AGENT, 'agent'],
    [CHAMPION, 'champion'],
  ] as const) {
    await addMember(deps, {
      workspaceId,
      email,
      name: email.split('@')[0]!,
      role,
      password: PASSWORD,
    });
  }
  // Four questions: one confirmed, one declined and handed over, one handed over on request,
  // one rated unhelpful (still pending: less than a day old).
  expect((await (await asks('How much does shipping cost?')).rates(true)).status).toBe(200);
  await asks('What is the capital of Peru?');
  expect((await (await asks('How should I store yeast?')).wantsPerson()).status).toBe(200);
  expect((await (await asks('How do I track my order?')).rates(false)).status).toBe(200);
});

const signIn = (page: Page, email: string) => signInToConsole(page, email);

const heading = (page: Page, name: string) =>
  page.getByRole('heading', { level: 1, name, exact: true });
const figure = (page: Page, name: string) => page.getByRole('article', { name });
const step = (page: Page, name: string) => page.getByRole('group', { name, exact: true });

describe('Insights in a real browser', () => {
  it('an agent on a phone opens Insights from Settings and reads each figure with its definition', async () => {
    const { context, page, errors } = await openPage(
      env.browser,
      phone,
      env.server.url + '/console/',
    );
    await signIn(page, AGENT);
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByRole('link', { name: 'Open insights' }).click();
    await heading(page, 'Insights').waitFor();
    expect(page.url()).toMatch(/\/console\/settings\/insights$/);

    const resolution = figure(page, 'Automated resolution');
    await resolution.getByText('33%').waitFor();
    expect(await resolution.textContent()).toContain('1 of 3 decided conversations resolved');
    expect(await resolution.textContent()).toContain(
      '1 confirmed · 0 did not come back · 1 pending',
    );
    expect(await resolution.textContent()).toContain('did not come back within 24 hours');
    const escalation = figure(page, 'Escalation rate');
    expect(await escalation.getByText('50%').count()).toBe(1);
    const reasons = escalation.getByRole('table', { name: 'Handed to people, by reason' });
    await reasons.getByRole('row', { name: /Customer asked for a person 1 25%/ }).waitFor();
    await reasons.getByRole('row', { name: /The assistant did not know 1 25%/ }).waitFor();
    await figure(page, 'Declined answers').getByText('1 of 4 replies').waitFor();
    await figure(page, 'Answer helpfulness').getByText('1 of 2 rated answers helped').waitFor();
    const helpful = page.getByRole('table', { name: 'Most helpful' });
    await helpful.getByRole('link', { name: 'Shipping times and costs' }).waitFor();
    const least = page.getByRole('table', { name: 'Least helpful' });
    await least.getByRole('link', { name: 'Tracking your order' }).waitFor();
    expect(await hasNoHorizontalOverflow(page)).toBe(true);
    await screenshot(page, 'insights-phone-top', { fullPage: false });
    await screenshot(page, 'insights-phone');
    await escalation.scrollIntoViewIfNeeded();
    await screenshot(page, 'insights-phone-escalation', { fullPage: false });
    await helpful.scrollIntoViewIfNeeded();
    await screenshot(page, 'insights-phone-articles', { fullPage: false });

    // The picker sits just below the sticky top bar; from the top of the page nothing covers it.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('radio', { name: 'Last 7 days' }).check();
    expect(await page.getByRole('radio', { name: 'Last 7 days' }).isChecked()).toBe(true);
    await resolution.getByText('33%').waitFor();

    await page.getByRole('link', { name: 'How each figure is measured' }).click();
    const definitions = page.getByRole('region', { name: 'How each figure is measured' });
    await definitions.getByText('Did not come back', { exact: true }).waitFor();
    // The link lands on the definitions: their heading is on screen, not below it.
    const top = () =>
      page.evaluate(() => document.getElementById('definitions')!.getBoundingClientRect().top);
    await expect.poll(top).toBeLessThan(844 / 2);
    expect(await seriousAxeFindings(page)).toEqual([]);

    await page.getByRole('link', { name: '‹ Settings' }).click();
    await heading(page, 'Settings').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an admin on a desktop sees the same figures side by side; a champion is not offered them', async () => {
    const admin = await openPage(
      env.browser,
      desktop,
      env.server.url + '/console/settings/insights',
    );
    await signIn(admin.page, ADMIN);
    await heading(admin.page, 'Insights').waitFor();
    await figure(admin.page, 'Automated resolution').getByText('33%').waitFor();
    await screenshot(admin.page, 'insights-desktop');
    expect(admin.errors).toEqual([]);
    await admin.context.close();

    const champion = await openPage(env.browser, phone, env.server.url + '/console/settings');
    await signIn(champion.page, CHAMPION);
    await heading(champion.page, 'Settings').waitFor();
    expect(await champion.page.getByRole('link', { name: 'Open insights' }).count()).toBe(0);
    await champion.page.goto(env.server.url + '/console/settings/insights');
    await champion.page
      .getByRole('alert')
      .filter({ hasText: 'Insights are for owners, admins and agents' })
      .waitFor();
    await champion.context.close();
  });
});

describe('the escalation ladder in Settings', () => {
  it('an admin moves a step, changes a budget and saves; a reload shows it; a ladder without people is refused', async () => {
    const { context, page, errors } = await openPage(
      env.browser,
      phone,
      env.server.url + '/console/settings',
    );
    await signIn(page, ADMIN);
    const ladder = page.getByRole('region', { name: 'Escalation ladder' });
    await ladder
      .getByText('Virtual agent → Community → Champions → Team queue → Supervisor')
      .waitFor();
    expect(await step(page, 'Community').textContent()).toContain(
      'Skipped until you have a community.',
    );
    expect(await step(page, 'Champions').textContent()).toContain(
      'Skipped until you have champions.',
    );

    const queue = step(page, 'Team queue');
    await queue.getByRole('button', { name: 'Move Team queue up' }).click();
    await queue.getByRole('button', { name: 'Move Team queue up' }).click();
    // Focus stays on the button that was pressed, so a keyboard user can keep moving the step.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Move Team queue up',
    );
    await queue.getByLabel('Time budget (minutes)').fill('45');
    await queue.getByText('Move on when').click();
    await queue.getByLabel('The customer asks for a person').check();
    await page.getByLabel('Show “Talk to a person” from the start').check();
    await ladder
      .getByText('Virtual agent → Team queue → Community → Champions → Supervisor')
      .waitFor();
    await ladder.getByRole('button', { name: 'Save ladder' }).click();
    await ladder.getByText('Ladder saved.').waitFor();
    await queue.scrollIntoViewIfNeeded();
    await screenshot(page, 'ladder-phone-saved', { fullPage: false });

    await page.reload();
    await ladder
      .getByText('Virtual agent → Team queue → Community → Champions → Supervisor')
      .waitFor();
    expect(await step(page, 'Team queue').getByLabel('Time budget (minutes)').inputValue()).toBe(
      '45',
    );
    expect(await page.getByLabel('Show “Talk to a person” from the start').isChecked()).toBe(true);
    const saved = await env.server.db.query<{
      ladder: { steps: { kind: string; budgetMinutes: number; leaveWhen: string[] }[] };
    }>('select ladder from escalation_ladders where workspace_id = $1', [
      env.server.demo!.workspace.id,
    ]);
    expect(saved[0]!.ladder.steps[1]).toEqual({
      kind: 'queue',
      budgetMinutes: 45,
      leaveWhen: ['budget_exceeded', 'asked_for_person'],
    });

    await step(page, 'Team queue').getByLabel('Use this step').uncheck();
    await step(page, 'Supervisor').getByLabel('Use this step').uncheck();
    await ladder.getByText('Virtual agent → Community → Champions', { exact: true }).waitFor();
    await ladder.getByRole('button', { name: 'Save ladder' }).click();
    const refusal = ladder.getByRole('alert');
    await refusal.filter({ hasText: 'a ladder must end with people' }).waitFor();
    expect(await hasNoHorizontalOverflow(page)).toBe(true);
    await refusal.scrollIntoViewIfNeeded();
    await screenshot(page, 'ladder-phone-refused', { fullPage: false });
    await page.reload();
    await ladder
      .getByText('Virtual agent → Team queue → Community → Champions → Supervisor')
      .waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an agent on a desktop reads the ladder but cannot change it', async () => {
    const { context, page, errors } = await openPage(
      env.browser,
      desktop,
      env.server.url + '/console/settings',
    );
    await signIn(page, AGENT);
    const ladder = page.getByRole('region', { name: 'Escalation ladder' });
    await ladder.getByText('Only owners and admins can change the ladder.').waitFor();
    expect(await step(page, 'Team queue').getByLabel('Time budget (minutes)').isDisabled()).toBe(
      true,
    );
    expect(await ladder.getByRole('button', { name: 'Save ladder' }).count()).toBe(0);
    await ladder.scrollIntoViewIfNeeded();
    await screenshot(page, 'ladder-desktop-read-only', { fullPage: false });
    expect(await seriousAxeFindings(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
