import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { randomUUID } from 'node:crypto';
import { addMember } from '../core/users/add-member.js';
import { openCustomer } from '../../test/chat-client.js';
import { openFrameSocket } from '../../test/frame-socket.js';
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

const env = useParleyAndChromium();
const HOSTILE = '<img src=x onerror=window.__pwned=1>';

beforeAll(seedTeam);

// The demo's own Laura has no password yet (she gets a sign-in link); this one signs in directly.
const LAURA = 'laura.lager@hopfield.example';

/** Laura, an agent of the demo shop, and Sam, a teammate to hand conversations to. */
async function seedTeam() {
  const deps = { db: env.server.db, now: () => new Date() };
  const workspaceId = env.server.demo!.workspace.id;
  const add = (email: string, name: string) =>
    addMember(deps, { workspaceId, email, name, role: 'agent', password: PASSWORD });
  await add(LAURA, 'Laura Lager');
  await add('sam@hopfield.example', 'Sam Stout');
}

/** A visitor who asks through the widget API, with a socket that records what they receive. */
async function customerAsks(body: string) {
  const key = env.server.demo!.workspace.public_key;
  const { conversationId, socketPath } = await openCustomer(env.server.url, key, body);
  const { ws, frames, send } = await openFrameSocket(
    env.server.url.replace('http', 'ws') + socketPath,
  );
  send({ t: 'resume', conversationId, afterSeq: 0 });
  const bodies = () => frames.flatMap((f) => (f.t === 'message' ? [f.message.body] : []));
  const received = (text: string) => expect.poll(bodies, { timeout: 5000 }).toContain(text);
  const say = (body: string) => send({ t: 'send', conversationId, clientId: randomUUID(), body });
  return { conversationId, ws, frames, bodies, received, say };
}

const signIn = (page: Page) => signInToConsole(page, LAURA, { lands: 'Inbox' });

const viewButton = (page: Page, name: string) =>
  page.getByRole('group', { name: 'Inbox views' }).getByRole('button', { name: new RegExp(name) });
const open = (viewport: typeof phone) =>
  openPage(env.browser, viewport, env.server.url + '/console/');
const rows = (page: Page) => page.getByRole('list', { name: 'Conversations' }).locator('.conv-row');

describe('the inbox and a conversation in a real browser', () => {
  it('Laura works a new conversation on a phone: assign, reply, note, live messages, resolve', async () => {
    const { context, page, errors } = await open(phone);
    await signIn(page);

    const customer = await customerAsks('Is Maris Otter crushed on request?');
    await viewButton(page, 'Unassigned').click();
    await expect.poll(() => viewButton(page, 'Unassigned').textContent()).toBe('Unassigned 1');
    const row = rows(page).filter({ hasText: 'Is Maris Otter crushed on request?' });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/^VVisitorComplaint/);
    expect(await row.getByText('Unread').count()).toBe(1);
    expect(await hasNoHorizontalOverflow(page)).toBe(true);
    await screenshot(page, 'inbox-phone-list', { fullPage: false });

    await row.click();
    await page.waitForURL(`**/console/conversations/${customer.conversationId}`);
    await page.getByRole('button', { name: 'Assign to me' }).click();
    await page.getByText('Assigned to you').waitFor();

    const composer = page.getByRole('textbox', { name: 'Reply to the customer' });
    await composer.fill('Yes, we crush it fresh for every order.');
    await composer.press('Enter');
    await page.locator('.msg.agent', { hasText: 'we crush it fresh' }).waitFor();
    await customer.received('Yes, we crush it fresh for every order.');
    // Laura has the customer's question on screen, so the customer is told it was seen.
    await expect
      .poll(() => customer.frames.some((f) => f.t === 'read' && f.who === 'agent' && f.seq >= 1))
      .toBe(true);

    await page.getByRole('button', { name: 'Private note' }).click();
    const note = page.getByRole('textbox', { name: 'Private note' });
    await note.fill('Regular customer, offer the 5% code.');
    await note.press('Enter');
    const noteBubble = page.locator('.msg.note', { hasText: 'offer the 5% code' });
    await noteBubble.waitFor();
    await noteBubble.getByText('Private note — the customer never sees this').waitFor();
    await expect.poll(() => noteBubble.locator('.msg-meta').textContent()).not.toContain('Sending');
    const background = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background('.msg.note')).not.toBe(await background('.msg.agent'));
    expect(await background('.msg.note')).not.toBe(await background('.msg.contact'));

    // The customer writes after the note was stored: anything sent to them came before this.
    customer.say(HOSTILE);
    await page.locator('.msg.contact', { hasText: HOSTILE }).waitFor();
    await customer.received(HOSTILE);
    expect(customer.bodies()).not.toContain('Regular customer, offer the 5% code.');
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('.messages img').count()).toBe(0);
    await screenshot(page, 'inbox-phone-conversation', { fullPage: false });

    await page.getByRole('button', { name: '‹ Inbox' }).click();
    await viewButton(page, 'Mine').click();
    await expect.poll(() => viewButton(page, 'Mine').textContent()).toBe('Mine 1');
    const mine = rows(page).filter({ hasText: HOSTILE });
    await mine.waitFor();
    expect(await mine.getByText('Unread').count()).toBe(0);
    expect(await mine.textContent()).toContain('You');

    await mine.click();
    await page.getByRole('button', { name: 'Resolve' }).click();
    await page.getByRole('button', { name: 'Reopen' }).waitFor();
    await page.getByRole('button', { name: '‹ Inbox' }).click();
    await expect.poll(() => viewButton(page, 'Mine').textContent()).toBe('Mine 0');
    await viewButton(page, 'Resolved').click();
    await rows(page).filter({ hasText: HOSTILE }).waitFor();
    expect(await viewButton(page, 'Resolved').textContent()).toBe('Resolved 1');
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    customer.ws.close();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('on a desktop the list and the conversation sit side by side, driven by keys', async () => {
    const first = await customerAsks('Do you ship yeast in summer?');
    const second = await customerAsks('Can I return an unopened kit?');
    const { context, page, errors } = await open(desktop);
    await signIn(page);
    await viewButton(page, 'All open').click();
    await rows(page).filter({ hasText: 'unopened kit' }).waitFor();
    expect(await rows(page).count()).toBe(2);

    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    await page.keyboard.press('Enter');
    // Newest first: the second question is the first row.
    await page.waitForURL(`**/console/conversations/${second.conversationId}`);
    await page.locator('.msg.contact', { hasText: 'unopened kit' }).waitFor();

    const list = await page.locator('.inbox-list').boundingBox();
    const pane = await page.locator('.conversation').boundingBox();
    expect(list!.x + list!.width).toBeLessThanOrEqual(pane!.x + 1);
    expect(pane!.width).toBeGreaterThan(600);

    await page.keyboard.press('r');
    const composer = page.getByRole('textbox', { name: 'Reply to the customer' });
    expect(await composer.evaluate((el) => el === document.activeElement)).toBe(true);
    await composer.fill('Of course, within 30 days.');
    await composer.press('Enter');
    await second.received('Of course, within 30 days.');

    first.say('Also, is the Kveik in stock?');
    await rows(page).filter({ hasText: 'Kveik in stock' }).getByText('Unread').waitFor();
    await screenshot(page, 'inbox-desktop', { fullPage: false });

    await composer.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForURL('**/console/inbox');
    // Focus went back to the row that was open (now second); k moves up to the newest.
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-id'));
    await expect.poll(focused).toBe(second.conversationId);
    await page.keyboard.press('k');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/console/conversations/${first.conversationId}`);
    first.ws.close();
    second.ws.close();
    expect(errors).toEqual([]);
    await context.close();
  });
});
