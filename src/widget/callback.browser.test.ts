import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
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
import { PASSWORD } from '../../test/seed.js';
import { saveAgentProfile } from '../db/queries/agent-profiles.js';
import { addMember } from '../core/users/add-member.js';

// A call asked for now is routed to a free caller at once: automatic routing on.
const env = useParleyAndChromium({ autoAssign: true });
const CALLER = 'vera.voice@hopfield.example';

beforeAll(async () => {
  const deps = { db: env.server.db, now: () => new Date() };
  const workspaceId = env.server.demo!.workspace.id;
  const vera = await addMember(deps, {
    workspaceId,
    email: CALLER,
    name: 'Vera Voice',
    role: 'agent',
    password: PASSWORD,
  });
  await saveAgentProfile(env.server.db, workspaceId, vera.userId, {
    skills: { voice: 3 },
    capacity: { chat: 3, email: 5, voice: 1 },
  });
});

/** What has focus, looking into the widget's shadow root. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el ? `${el.tagName.toLowerCase()}:${el.id || el.getAttribute('name') || ''}` : null;
  });

describe('calls back in a real browser', () => {
  // First, while no agent has signed in yet.
  it('a customer facing a wait with nobody online is offered a call back instead', async () => {
    const shop = await openPage(env.browser, phone, env.server.url + '/');
    const { page } = shop;
    await page.getByRole('button', { name: 'Help' }).click();
    await page.getByRole('button', { name: /Ask a question/ }).click();
    await page
      .getByRole('textbox', { name: 'Message' })
      .fill('I need to change my delivery address');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('button', { name: 'Talk to a person' }).click();
    const offer = page.getByRole('group', { name: 'Instead of waiting' });
    await offer.getByText('Rather not wait?').waitFor();
    expect(await offer.getByRole('button', { name: 'Answer me by email' }).isVisible()).toBe(false);
    expect(await seriousAxeFindings(page)).toEqual([]);
    await screenshot(page, 'callback-phone-queue-alternatives', { fullPage: false });
    await offer.getByRole('button', { name: 'Call me back' }).click();
    await page.getByRole('form', { name: 'Book a call' }).waitFor();
    expect(shop.errors).toEqual([]);
    await shop.context.close();
  });

  it('a customer on a phone books a slot with the keyboard and sees the confirmation; the agent finds it in Calls', async () => {
    const shop = await openPage(env.browser, phone, env.server.url + '/');
    const { page } = shop;
    await page.getByRole('button', { name: 'Help' }).click();
    await page.getByRole('button', { name: /Call me back/ }).click();
    const form = page.getByRole('form', { name: 'Book a call' });
    await form.waitFor();
    // Nobody is online: "now" is not offered, a time is.
    await expect.poll(() => focused(page)).toBe('input:parley-cb-phone');
    expect(await page.getByRole('radio', { name: /^Now/ }).isVisible()).toBe(false);
    expect(await page.getByRole('radio', { name: 'At a time I choose' }).isChecked()).toBe(true);

    await screenshot(page, 'callback-phone-form-top', { fullPage: false });
    await page.keyboard.type('(415) 555-01');
    await page.keyboard.press('Tab'); // the chosen "when"
    await page.keyboard.press('Tab'); // the day
    expect(await focused(page)).toBe('select:parley-cb-day');
    await page.keyboard.press('Tab'); // the times
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    const chosen = page.locator('[data-parley] input[name="parley-time"]:checked');
    const start = await chosen.getAttribute('value');
    expect(start).toBeTruthy();
    const time = (await chosen.locator('xpath=..').textContent())!;
    await page.keyboard.press('Tab');
    await page.keyboard.type('Robin');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Which yeast for a Kölsch?');
    expect(await seriousAxeFindings(page)).toEqual([]);
    expect(await hasNoHorizontalOverflow(page)).toBe(true);
    await screenshot(page, 'callback-phone-form', { fullPage: false });

    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page
      .getByText('That number is too short. Check it, and include the area code.')
      .first()
      .waitFor();
    expect(await page.getByLabel('Phone number').getAttribute('aria-invalid')).toBe('true');
    // Said right under the field, where the phone's screen now is.
    expect(await page.locator('#parley-cb-err').textContent()).toMatch(/too short/);
    await screenshot(page, 'callback-phone-invalid-number', { fullPage: false });
    await page.getByLabel('Phone number').fill('(415) 555-0132');
    await form.getByRole('button', { name: 'Book the call' }).press('Enter');

    await page.getByRole('heading', { name: 'Your call is booked' }).waitFor();
    const confirmation = (await page.locator('[data-parley] .cok').textContent()) ?? '';
    expect(confirmation).toContain('We will call +1 415 555 0132');
    expect(confirmation).toContain(`at ${time}`);
    expect(await seriousAxeFindings(page)).toEqual([]);
    await screenshot(page, 'callback-phone-booked', { fullPage: false });
    expect(shop.errors).toEqual([]);

    // The agent, on a laptop: the call is listed with a tap-to-call number.
    const agent = await openPage(env.browser, desktop, env.server.url + '/console/');
    await signInToConsole(agent.page, CALLER, { lands: 'Inbox' });
    await agent.page.getByRole('link', { name: 'Calls' }).click();
    await agent.page.getByRole('heading', { name: 'Calls', exact: true }).waitFor();
    const rows = agent.page.getByRole('list', { name: 'Callbacks' });
    const today = new Date(start!).toDateString() === new Date().toDateString();
    if (!today) await agent.page.getByRole('button', { name: /Upcoming/ }).click();
    await rows.getByText('Robin').waitFor();
    await rows.getByRole('button', { name: /Open the callback to Robin/ }).click();
    const card = agent.page.getByRole('region', { name: 'Callback to +1 415 555 0132' });
    await card.waitFor();
    expect(
      await card.getByRole('link', { name: 'Call +1 415 555 0132' }).getAttribute('href'),
    ).toBe('tel:+14155550132');
    expect(await card.textContent()).toContain('Which yeast for a Kölsch?');
    expect(await seriousAxeFindings(agent.page)).toEqual([]);
    await screenshot(agent.page, 'callbacks-console-list');
    await agent.page.getByRole('link', { name: 'Settings' }).click();
    const settings = agent.page.getByRole('region', { name: 'Calls back' });
    await settings.getByLabel(/Default country/).waitFor();
    // Below the sticky top bar.
    await settings.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 80));
    await screenshot(agent.page, 'callbacks-console-settings', { fullPage: false });
    expect(agent.errors).toEqual([]);
    await agent.context.close();
    await shop.context.close();
  });

  it('with a caller online, "now" becomes a task routed to her; she dials from the conversation and records it', async () => {
    // The caller's console is open (on her phone): she is online and free.
    const agent = await openPage(env.browser, phone, env.server.url + '/console/');
    await signInToConsole(agent.page, CALLER, { lands: 'Inbox' });

    const shop = await openPage(env.browser, phone, env.server.url + '/');
    const { page } = shop;
    await page.getByRole('button', { name: 'Help' }).click();
    await page.getByRole('button', { name: /Call me back/ }).click();
    const now = page.getByRole('radio', { name: /^Now, within about 1 minute$/ });
    await now.waitFor();
    expect(await now.isChecked()).toBe(true);
    await page.getByLabel('Phone number').fill('+44 20 7946 0958');
    await page.getByRole('button', { name: 'Book the call' }).click();
    await page.getByText('We will call +44 20 7946 0958 within about 1 minute.').waitFor();
    expect(shop.errors).toEqual([]);

    // A task in the queue like any conversation: routed at once to her, the free caller.
    await agent.page.getByRole('button', { name: /^Mine/ }).click();
    await agent.page.getByRole('link', { name: /We will call you at \+44 20 7946 0958/ }).click();
    const card = agent.page.getByRole('region', { name: 'Callback to +44 20 7946 0958' });
    await card.waitFor();
    expect(await card.getByRole('link', { name: /^Call \+44/ }).getAttribute('href')).toBe(
      'tel:+442079460958',
    );
    expect(await card.textContent()).toContain('With Vera Voice');
    await card.getByRole('radio', { name: /Reached/ }).check();
    await card.getByLabel(/^Note/).fill('Wanted to change the delivery address');
    expect(await hasNoHorizontalOverflow(agent.page)).toBe(true);
    await screenshot(agent.page, 'callback-phone-agent-task', { fullPage: false });
    await card.getByRole('button', { name: 'Record outcome' }).click();
    await card.getByText('Reached', { exact: true }).first().waitFor();
    await card.getByText(/Wanted to change the delivery address/).waitFor();
    expect(await card.getByRole('button', { name: 'Record outcome' }).count()).toBe(0);
    // In Calls, on her phone: done, with the attempt recorded.
    await agent.page.goto(env.server.url + '/console/callbacks');
    await agent.page.getByRole('button', { name: /^Done/ }).click();
    await agent.page.getByRole('list', { name: 'Callbacks' }).getByText('Reached').waitFor();
    expect(await hasNoHorizontalOverflow(agent.page)).toBe(true);
    await screenshot(agent.page, 'callbacks-phone-done', { fullPage: false });
    expect(agent.errors).toEqual([]);
    await agent.context.close();
    await shop.context.close();
  });
});
