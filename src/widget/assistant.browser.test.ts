import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { setWorkspaceLadder } from '../core/escalation/workspace-ladder.js';
import { addMember } from '../core/users/add-member.js';
import { DEFAULT_LADDER } from '../shared/schemas/ladder.js';
import { PASSWORD } from '../../test/seed.js';
import {
  openPage,
  phone,
  screenshot,
  signInToConsole,
  useParleyAndChromium,
} from '../../test/browser.js';

const env = useParleyAndChromium();
const LAURA = 'laura.assist@hopfield.example';
let lauraId: string;

beforeAll(async () => {
  const deps = { db: env.server.db, now: () => new Date() };
  const workspaceId = env.server.demo!.workspace.id;
  ({ userId: lauraId } = await addMember(deps, {
    workspaceId,
    email: LAURA,
    name: 'Laura Lager',
    role: 'agent',
    password: PASSWORD,
  }));
});

/** The demo store on a phone, with the widget opened on "Ask a question". */
async function customerAsks(question: string) {
  const opened = await openPage(env.browser, phone, env.server.url + '/');
  const { page } = opened;
  await page.getByRole('button', { name: 'Help' }).click();
  await page.getByRole('button', { name: /Ask a question/ }).click();
  await page.getByRole('textbox', { name: 'Message' }).fill(question);
  await page.getByRole('button', { name: 'Send' }).click();
  return opened;
}

const log = (page: Page) => page.getByRole('log', { name: 'Messages' });

async function lauraSignsIn() {
  const opened = await openPage(env.browser, phone, env.server.url + '/console/');
  await signInToConsole(opened.page, LAURA, { lands: 'Inbox' });
  return opened;
}

describe('answer first, then a person', () => {
  it('a question is answered with a citation; "Talk to a person" queues with an ETA; Laura sees the summary', async () => {
    const laura = await lauraSignsIn();
    const customer = await customerAsks('How much does shipping cost?');
    const { page } = customer;
    const source = log(page).getByRole('link', { name: 'Shipping times and costs' });
    await source.waitFor();
    const key = env.server.demo!.workspace.public_key;
    expect(await source.getAttribute('href')).toBe(
      `${env.server.url}/help/${key}/articles/shipping-times-and-costs`,
    );
    await log(page)
      .getByText(/automated answer/)
      .first()
      .waitFor();
    await page.getByRole('group', { name: 'Did that answer your question?' }).waitFor();
    await screenshot(page, 'assistant-phone-answer', { fullPage: false });

    await page.getByRole('button', { name: 'Talk to a person' }).click();
    await page.getByText(/You are next in line\. Expected wait: about 1 minute\./).waitFor();
    await screenshot(page, 'assistant-phone-queue', { fullPage: false });

    const agentPage = laura.page;
    await agentPage.getByRole('button', { name: /All open/ }).click();
    await agentPage
      .getByRole('list', { name: 'Conversations' })
      .locator('.conv-row')
      .filter({ hasText: 'Waiting for a person' })
      .first()
      .click();
    const card = agentPage.getByRole('region', { name: 'Handed over by the assistant' });
    await card.getByText('The customer asked for a person').waitFor();
    await card.getByText('How much does shipping cost?').waitFor();
    await card.getByText(/from Shipping times and costs/).waitFor();
    await screenshot(agentPage, 'assistant-phone-agent-summary', { fullPage: false });
    expect(customer.errors).toEqual([]);
    expect(laura.errors).toEqual([]);
    await customer.context.close();
    await laura.context.close();
  });

  it('a question the articles do not cover is declined and handed to the team, honestly', async () => {
    const customer = await customerAsks('What is the capital of Peru?');
    const { page } = customer;
    await log(page)
      .getByText(/rather not guess/)
      .waitFor();
    // The handover shows where the customer stands (with nobody online: no made-up wait).
    await page.getByText(/in line\. (Expected wait|Nobody from the team)/).waitFor();
    await screenshot(page, 'assistant-phone-declined', { fullPage: false });
    expect(customer.errors).toEqual([]);
    await customer.context.close();
  });

  it('a workspace that offers a person from the start: the customer skips the assistant', async () => {
    const workspaceId = env.server.demo!.workspace.id;
    const deps = { db: env.server.db };
    const owner = lauraId;
    await setWorkspaceLadder(
      deps,
      workspaceId,
      { ...DEFAULT_LADDER, personFromStart: true },
      owner,
    );
    try {
      const opened = await openPage(env.browser, phone, env.server.url + '/');
      const { page } = opened;
      await page.getByRole('button', { name: 'Help' }).click();
      await page.getByRole('button', { name: /Ask a question/ }).click();
      await page.getByRole('button', { name: 'Talk to a person' }).click();
      await page.getByText('Write your message: a person from the team will answer.').waitFor();
      await page.getByRole('textbox', { name: 'Message' }).fill('How much does shipping cost?');
      await page.getByRole('button', { name: 'Send' }).click();
      await page.getByText(/in line\. (Expected wait|Nobody from the team)/).waitFor();
      await screenshot(page, 'assistant-phone-person-first', { fullPage: false });
      expect(
        await log(page)
          .getByText(/automated answer/)
          .count(),
      ).toBe(0);
      expect(opened.errors).toEqual([]);
      await opened.context.close();
    } finally {
      await setWorkspaceLadder(deps, workspaceId, DEFAULT_LADDER, owner);
    }
  });

  it('customers can search the help articles from the widget before asking, typos and all', async () => {
    const opened = await openPage(env.browser, phone, env.server.url + '/');
    const { page } = opened;
    await page.getByRole('button', { name: 'Help' }).click();
    const search = page.getByRole('searchbox', { name: 'Search our help articles' });
    await search.fill('shiping cost');
    const hit = page.getByRole('link', { name: 'Shipping times and costs' });
    await hit.waitFor();
    const key = env.server.demo!.workspace.public_key;
    expect(await hit.getAttribute('href')).toBe(
      `${env.server.url}/help/${key}/articles/shipping-times-and-costs`,
    );
    await screenshot(page, 'widget-phone-search', { fullPage: false });
    expect(opened.errors).toEqual([]);
    await opened.context.close();
  });
});
