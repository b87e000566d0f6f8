import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addMember } from '../core/users/add-member.js';
import { PASSWORD } from '../../test/seed.js';
import { seriousAxeFindings } from '../../test/axe.js';
import {
  desktop,
  hasNoHorizontalOverflow,
  openPage,
  phone,
  screenshot,
  signInToConsole,
  useParleyAndChromium,
} from '../../test/browser.js';

const env = useParleyAndChromium();
const AGENT = 'carla.care@hopfield.example';
const PROBLEM = 'The Citra hops arrived warm and the bag was torn open.';

beforeAll(async () => {
  await addMember(
    { db: env.server.db, now: () => new Date() },
    {
      workspaceId: env.server.demo!.workspace.id,
      email: AGENT,
      name: 'Carla Care',
      role: 'agent',
      password: PASSWORD,
    },
  );
});

const count = async (sql: string) => (await env.server.db.query<{ n: number }>(sql))[0]!.n;

/** The widget's text, looking into its shadow root. */
const widgetText = (page: Page) =>
  page.locator('[data-parley]').evaluate((host) => host.shadowRoot!.textContent ?? '');

describe('a complaint in a real browser', () => {
  it('the customer reports a problem and is told at once who owns it and by when; the agent works the case on a phone', async () => {
    const shop = await openPage(env.browser, desktop, env.server.url + '/');
    const { page } = shop;
    // The first send reaches the server but its answer is lost on the way back: the widget
    // must send the same complaint again, and the server must not make a second case.
    let lost = 0;
    await page.route('**/api/widget/complaints', async (route) => {
      if (route.request().method() !== 'POST' || lost++ > 0) return route.continue();
      await route.fetch();
      await route.abort('connectionreset');
    });

    await page.getByRole('button', { name: 'Help' }).click();
    await page.getByRole('button', { name: /Report a problem/ }).click();
    const form = page.getByRole('form', { name: 'Report a problem' });
    await form.waitFor();
    await form.getByLabel('What is it about?').selectOption({ label: 'Delivery' });
    await form.getByRole('button', { name: 'Send complaint' }).click();
    await page.getByText('Please tell us what happened').waitFor();
    await page.getByRole('textbox', { name: 'What happened?' }).fill(PROBLEM);
    await page.getByRole('textbox', { name: /Order number/ }).fill('HB-2207');
    expect(await seriousAxeFindings(page)).toEqual([]);
    await screenshot(page, 'complaint-desktop-form', { fullPage: false });
    await form.getByRole('button', { name: 'Send complaint' }).dblclick();

    const log = page.getByRole('log', { name: 'Messages' });
    const ack = log.locator('li', { hasText: 'owns it until it is put right' });
    await ack.waitFor({ timeout: 15_000 });
    const text = (await ack.textContent()) ?? '';
    expect(text).toMatch(/Your complaint is case C-\d+, and our Customer care team owns it/);
    expect(text).toMatch(
      /You will hear from us by \w+day \d+ \w+ at \d\d:\d\d UTC \(within 24 hours\)/,
    );
    expect(text).toContain('Automated message');
    await log.getByText(PROBLEM).waitFor();
    const line = page.getByLabel('Your case');
    await line.getByText(/^Case C-\d+ · Open$/).waitFor();
    expect(await line.textContent()).toMatch(/Customer care · answer by/);
    expect(lost).toBe(2);
    expect(await count('select count(*)::int as n from cases')).toBe(1);
    expect(
      await count(`select count(*)::int as n from messages where meta ->> 'kind' = 'case_ack'`),
    ).toBe(1);
    expect(await seriousAxeFindings(page)).toEqual([]);
    await screenshot(page, 'complaint-desktop-acknowledged', { fullPage: false });

    // The agent, on a phone: the case is in Cases, and opens in its conversation.
    const agent = await openPage(env.browser, phone, env.server.url + '/console/');
    await signInToConsole(agent.page, AGENT, { lands: 'Inbox' });
    await agent.page.getByRole('link', { name: 'Cases' }).click();
    const row = agent.page.getByRole('list', { name: 'Cases' }).getByRole('link').first();
    await row.waitFor();
    expect(await row.textContent()).toMatch(
      /C-\d+Open.*Due in 2\d h.*torn open.*Delivery · Customer care/,
    );
    expect(await hasNoHorizontalOverflow(agent.page)).toBe(true);
    await screenshot(agent.page, 'cases-phone-list', { fullPage: false });
    await row.click();
    const panel = agent.page.locator('.case-panel');
    await panel.locator('summary').click();
    await panel.getByRole('button', { name: 'Start work' }).click();
    await panel.getByText('In progress', { exact: true }).waitFor();
    await panel.getByRole('combobox', { name: 'Case owner' }).selectOption({ label: 'Carla Care' });
    await panel.getByText('Owner: Customer care → Carla Care').waitFor();
    await panel.getByLabel('Action', { exact: true }).selectOption('credit');
    await panel.getByLabel(/Amount/).fill('7.50');
    await panel.getByLabel('Note', { exact: true }).fill('Credit for the warm hops');
    await panel.getByRole('button', { name: 'Record action' }).click();
    await panel.getByText(/Credit · €7\.50/).waitFor();
    await panel.getByLabel(/Internal note/).fill('Courier left it in the sun, claim filed');
    await panel.getByRole('button', { name: 'Add note' }).click();
    await panel.getByText('Courier left it in the sun, claim filed').waitFor();
    expect(await hasNoHorizontalOverflow(agent.page)).toBe(true);
    await screenshot(agent.page, 'cases-phone-panel-history', { fullPage: false });
    await panel.evaluate((el) => (el.scrollTop = 0));
    await screenshot(agent.page, 'cases-phone-panel', { fullPage: false });

    // The customer sees the case move on, without a reload, and never the internal note.
    await line.getByText(/^Case C-\d+ · In progress$/).waitFor();
    await line.getByText(/Carla Care · answer by/).waitFor();
    await log.getByText(/Carla Care from Customer care now looks after your case/).waitFor();
    expect(await widgetText(page)).not.toContain('claim filed');

    // The signed case page, from the widget's link: no sign-in, the credit, no note.
    const href = await line.getByRole('link', { name: 'Case page' }).getAttribute('href');
    const casePage = await openPage(env.browser, phone, href!);
    await casePage.page.getByRole('heading', { name: /^Case C-\d+$/ }).waitFor();
    const body = (await casePage.page.textContent('body')) ?? '';
    expect(body).toContain('In progress');
    expect(body).toContain('Carla Care');
    expect(body).toContain('Credit of €7.50');
    expect(body).not.toContain('claim filed');
    expect(await seriousAxeFindings(casePage.page)).toEqual([]);
    await screenshot(casePage.page, 'case-page-phone');

    // The policy behind the promise, in Settings (agents read it; admins change it).
    await agent.page.goto(env.server.url + '/console/settings');
    const policy = agent.page.getByRole('region', { name: 'Complaints' });
    await policy.getByLabel('Team customers see').waitFor();
    expect(await policy.getByLabel('Team customers see').inputValue()).toBe('Customer care');
    expect(await policy.getByLabel('Hours to answer').inputValue()).toBe('24');
    await policy.scrollIntoViewIfNeeded();
    expect(await hasNoHorizontalOverflow(agent.page)).toBe(true);
    await screenshot(agent.page, 'settings-complaints-phone', { fullPage: false });

    expect([...shop.errors, ...agent.errors, ...casePage.errors]).toEqual([]);
    await Promise.all([shop.context.close(), agent.context.close(), casePage.context.close()]);
  });

  it('a complaint sent while the connection is down waits, survives a reload and makes one case', async () => {
    const { context, page, errors } = await openPage(env.browser, phone, env.server.url + '/');
    let down = true;
    await page.route('**/api/widget/complaints', (route) =>
      down ? route.abort('internetdisconnected') : route.continue(),
    );
    await page.getByRole('button', { name: 'Help' }).click();
    await page.getByRole('button', { name: /Report a problem/ }).click();
    const problem = 'The yeast pack was puffed up when it arrived.';
    await page.getByRole('textbox', { name: 'What happened?' }).fill(problem);
    await page.getByRole('button', { name: 'Send complaint' }).click();
    await page.getByText(/Your complaint is saved here/).waitFor();
    const key = env.server.demo!.workspace.public_key;
    const saved = () => page.evaluate((k) => localStorage.getItem(`parley:${k}:complaint`), key);
    const { complaintId } = JSON.parse((await saved())!) as { complaintId: string };

    await page.reload();
    await page.getByRole('button', { name: 'Help' }).click();
    await page.getByRole('button', { name: /Report a problem/ }).click();
    expect(await page.getByRole('textbox', { name: 'What happened?' }).inputValue()).toBe(problem);
    await screenshot(page, 'complaint-phone-waiting', { fullPage: false });
    down = false;
    await page.getByRole('button', { name: 'Try again now' }).click();
    const log = page.getByRole('log', { name: 'Messages' });
    await log.getByText(/owns it until it is put right/).waitFor({ timeout: 15_000 });
    expect(await saved()).toBeNull();
    const rows = await env.server.db.query<{ id: string }>(
      'select id from cases where description = $1',
      [problem],
    );
    expect(rows).toEqual([{ id: complaintId }]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
