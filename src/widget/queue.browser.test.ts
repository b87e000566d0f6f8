import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { setWorkspaceLadder } from '../core/escalation/workspace-ladder.js';
import { addMember } from '../core/users/add-member.js';
import { DEFAULT_LADDER } from '../shared/schemas/ladder.js';
import { PASSWORD } from '../../test/seed.js';
import {
  desktop,
  openPage,
  phone,
  screenshot,
  signInToConsole,
  useParleyAndChromium,
} from '../../test/browser.js';

// Routing is live here: the queue moves by itself the moment Laura has room again.
const env = useParleyAndChromium({ autoAssign: true });
const ADMIN = 'ada.queue@hopfield.example';
const LAURA = 'laura.queue@hopfield.example';

beforeAll(async () => {
  const deps = { db: env.server.db, now: () => new Date() };
  const workspaceId = env.server.demo!.workspace.id;
  const add = (email: string, name: string, role: 'admin' | 'agent') =>
    addMember(deps, { workspaceId, email, name, role, password: PASSWORD });
  const { userId } = await add(ADMIN, 'Ada Admin', 'admin');
  await add(LAURA, 'Laura Lager', 'agent');
  // Customers go straight to a person: this test is about the line, not the assistant.
  await setWorkspaceLadder(deps, workspaceId, { ...DEFAULT_LADDER, personFromStart: true }, userId);
});

/** A customer on the demo store on a phone, asking a person. */
async function customerWrites(message: string) {
  const opened = await openPage(env.browser, phone, env.server.url + '/');
  const { page } = opened;
  await page.getByRole('button', { name: 'Help' }).click();
  await page.getByRole('button', { name: /Ask a question/ }).click();
  await page.getByRole('button', { name: 'Talk to a person' }).click();
  await page.getByRole('textbox', { name: 'Message' }).fill(message);
  await page.getByRole('button', { name: 'Send' }).click();
  return opened;
}

const line = (page: Page) => page.getByText(/in line\. (Expected wait|Nobody from the team)/);

describe('the honest queue, live', () => {
  it('customers see their place and wait move up as Laura frees a chat', async () => {
    // Ada gives Laura room for one chat at a time.
    const admin = await openPage(env.browser, desktop, `${env.server.url}/console/team`);
    await signInToConsole(admin.page, ADMIN, { lands: 'Team' });
    await admin.page.getByRole('button', { name: 'Skills and capacity of Laura Lager' }).click();
    const form = admin.page.getByRole('form', { name: 'Routing for Laura Lager' });
    await form.getByLabel('Chats at once').fill('1');
    await form.getByRole('button', { name: 'Save' }).click();
    await admin.page.getByText(/1 chat, 5 emails/).waitFor();
    // Ada is not taking chats herself today.
    await admin.page.getByRole('button', { name: 'Available' }).click();
    await admin.page.getByRole('button', { name: 'Away' }).waitFor();

    const laura = await openPage(env.browser, desktop, env.server.url + '/console/');
    await signInToConsole(laura.page, LAURA, { lands: 'Inbox' });

    // The first customer goes straight to Laura; the next two wait, second and third.
    const first = await customerWrites('Where is my order 1001?');
    await laura.page.getByRole('button', { name: /Mine/ }).click();
    await laura.page.getByRole('link', { name: /Where is my order 1001\?/ }).waitFor();
    const second = await customerWrites('Can I change my delivery address?');
    await second.page
      .getByText(/You are next in line\. Expected wait: about \d+ minutes?\./)
      .waitFor();
    const third = await customerWrites('Do you sell gift cards?');
    await third.page
      .getByText(/You are number 2 in line\. Expected wait: about \d+ minutes?\./)
      .waitFor();
    const waitBefore = minutesIn(await line(third.page).textContent());
    await screenshot(third.page, 'queue-phone-number-2', { fullPage: false });

    // Laura resolves the first chat: the second customer is hers at once, the third moves up.
    await laura.page.getByRole('link', { name: /Where is my order 1001\?/ }).click();
    await laura.page.getByRole('button', { name: 'Resolve', exact: true }).click();
    await laura.page.getByRole('button', { name: 'Reopen' }).waitFor();
    await third.page
      .getByText(/You are next in line\. Expected wait: about \d+ minutes?\./)
      .waitFor();
    expect(minutesIn(await line(third.page).textContent())).toBeLessThanOrEqual(waitBefore);
    await second.page
      .getByText('Laura Lager has your conversation and will answer here.')
      .waitFor();
    // The header speaks of her now, not of the team as a whole.
    await second.page.getByText('Laura Lager is online').waitFor();
    expect(await line(second.page).count()).toBe(0);
    await screenshot(third.page, 'queue-phone-next', { fullPage: false });
    await screenshot(second.page, 'queue-phone-with-laura', { fullPage: false });

    // A fourth customer joins behind; Laura marks them urgent, and they move ahead of the third.
    const fourth = await customerWrites('My card was charged twice!');
    await fourth.page.getByText(/You are number 2 in line\./).waitFor();
    await laura.page.getByRole('button', { name: /All open/ }).click();
    await laura.page.getByRole('link', { name: /My card was charged twice!/ }).click();
    await laura.page.getByLabel('Priority').selectOption('urgent');
    await laura.page
      .getByRole('link', { name: /My card was charged twice!/ })
      .getByText('Urgent')
      .waitFor();
    await fourth.page.getByText(/You are next in line\./).waitFor();
    await third.page.getByText(/You are number 2 in line\./).waitFor();
    await screenshot(laura.page, 'queue-desktop-urgent');

    for (const opened of [admin, laura, first, second, third, fourth]) {
      expect(opened.errors).toEqual([]);
      await opened.context.close();
    }
  });
});

const minutesIn = (text: string | null) => Number(/about (\d+) minute/.exec(text ?? '')?.[1]);
