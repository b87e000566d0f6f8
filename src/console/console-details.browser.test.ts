import { createHmac, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
const ADMIN = 'ada.admin@hopfield.example';
const AGENT = 'lena.lager@hopfield.example';
const HOSTILE_TITLE = '<img src=x onerror=window.__pwned=1> IPA starter kit';

/** What the webhook receiver got: it accepts conversation.created and fails the rest (503). */
const hooks: { event: string; body: string; signature: string }[] = [];
let receiver: Server;
let hookUrl: string;

beforeAll(async () => {
  const deps = { db: env.server.db, now: () => new Date() };
  const workspaceId = env.server.demo!.workspace.id;
  await addMember(deps, {
    workspaceId,
    email: ADMIN,
    name: 'Ada Admin',
    role: 'admin',
    password: PASSWORD,
  });
  await addMember(deps, {
    workspaceId,
    email: AGENT,
    name: 'Lena Lager',
    role: 'agent',
    password: PASSWORD,
  });
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const { event } = JSON.parse(body) as { event: string };
      hooks.push({ event, body, signature: String(req.headers['x-parley-signature']) });
      res.writeHead(event === 'conversation.created' ? 204 : 503).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/parley-hooks`;
});
afterAll(() => new Promise((resolve) => receiver?.close(resolve)));

const open = (options: BrowserContextOptions, path: string) =>
  openPage(env.browser, options, env.server.url + path);

/** Signs in where the page is; `lands` is the heading to wait for (none on a phone's chat). */
const signIn = (page: Page, email: string, lands?: string) =>
  signInToConsole(page, email, { lands: lands ?? null });

const pwned = (page: Page) => page.evaluate(() => (window as { __pwned?: number }).__pwned);

describe('console details in a real browser', () => {
  it('an admin adds a webhook endpoint, sees its secret once, and reads its delivery log', async () => {
    const { context, page, errors } = await open(desktop, '/console/settings');
    await signIn(page, ADMIN, 'Settings');
    const section = page.getByRole('region', { name: 'Webhooks' });
    const add = section.getByRole('button', { name: 'Add endpoint' });
    const url = section.getByLabel('Endpoint URL');
    await add.click();
    await section.getByRole('alert').getByText('Enter the URL').waitFor();
    await url.fill('ftp://example.com/hooks');
    await add.click();
    await section.getByRole('alert').getByText('must start with https://').waitFor();
    expect(await url.getAttribute('aria-invalid')).toBe('true');

    await url.fill(hookUrl);
    await section.getByLabel(/conversation\.assigned/).uncheck();
    await section.getByLabel(/conversation\.resolved/).uncheck();
    await add.click();
    const secretBox = page.getByRole('region', { name: 'New webhook secret' });
    const secret = (await secretBox.getByTestId('webhook-secret').textContent())!;
    expect(secret).toMatch(/^whsec_/);
    expect(await secretBox.evaluate((el) => el === document.activeElement)).toBe(true);
    await secretBox.getByRole('button', { name: 'Copy secret' }).waitFor();
    await screenshot(page, 'webhooks-desktop-secret', { fullPage: false });
    await secretBox.getByRole('button', { name: 'I have copied it' }).click();
    await secretBox.waitFor({ state: 'detached' });

    const row = section
      .getByRole('list', { name: 'Webhook endpoints' })
      .getByRole('listitem')
      .filter({ hasText: hookUrl });
    // The two unticked events are gone; any other event (cases, feedback) stays subscribed.
    expect(await row.textContent()).toContain('conversation.created, message.created');
    expect(await row.textContent()).not.toMatch(/conversation\.(assigned|resolved)/);

    // A customer writes: one event the receiver accepts, one it refuses.
    await openCustomer(env.server.url, env.server.demo!.workspace.public_key, 'Open on Sundays?');
    await row.getByRole('button', { name: 'Delivery log' }).click();
    const log = row.locator('.deliveries');
    const refresh = row.getByRole('button', { name: 'Refresh' });
    await expect
      .poll(
        async () => {
          if ((await refresh.getAttribute('aria-disabled')) !== 'true') await refresh.click();
          return (await log.count()) ? log.textContent() : '';
        },
        { timeout: 20_000, interval: 700 },
      )
      // Pending alone may be the refused event before its first try: wait for the 503 itself.
      .toMatch(/^(?=.*Delivered)(?=.*Pending)(?=.*HTTP 503)/s);
    const delivered = log.locator('tr', { hasText: 'conversation.created' });
    const pending = log.locator('tr', { hasText: 'message.created' });
    expect(await delivered.locator('td').allTextContents()).toEqual([
      expect.stringContaining('conversation.created'),
      'Delivered',
      '1',
      '204',
      '—',
      '—',
    ]);
    const [, status, attempts, http, error, next] = await pending.locator('td').allTextContents();
    expect([status, attempts, http, error]).toEqual(['Pending', '1', '503', 'HTTP 503']);
    expect(next).toMatch(/\d/);
    await screenshot(page, 'webhooks-desktop-log', { fullPage: false });

    // The secret shown is the one that signs: the receiver can check what it got.
    const created = hooks.find((h) => h.event === 'conversation.created')!;
    const [, t, v1] = /^t=(\d+),v1=([0-9a-f]+)$/.exec(created.signature)!;
    expect(createHmac('sha256', secret).update(`${t}.${created.body}`).digest('hex')).toBe(v1);
    await page.reload();
    await page.getByRole('heading', { name: 'Webhooks' }).waitFor();
    expect(await page.content()).not.toContain(secret);
    expect(errors).toEqual([]);
    await context.close();

    // On a phone the log stacks into cards, and deleting asks first.
    const mobile = await open(phone, '/console/settings');
    await signIn(mobile.page, ADMIN, 'Settings');
    const phoneRow = mobile.page.getByRole('listitem').filter({ hasText: hookUrl });
    await phoneRow.getByRole('button', { name: 'Delivery log' }).click();
    await phoneRow.getByText('HTTP 503').waitFor();
    await phoneRow
      .locator('.delivery-log')
      .evaluate((el) => el.scrollIntoView({ block: 'center' }));
    expect(await hasNoHorizontalOverflow(mobile.page)).toBe(true);
    await screenshot(mobile.page, 'webhooks-phone-log', { fullPage: false });
    await phoneRow.getByRole('button', { name: /^Delete/ }).click();
    const confirm = mobile.page.getByRole('group', { name: `Delete ${hookUrl}?` });
    const cancel = confirm.getByRole('button', { name: 'Cancel' });
    expect(await cancel.evaluate((el) => el === document.activeElement)).toBe(true);
    await confirm.getByRole('button', { name: 'Yes, delete' }).click();
    await mobile.page.getByText('No endpoints yet.').waitFor();
    expect(mobile.errors).toEqual([]);
    await mobile.context.close();
  });

  it('an agent opens a conversation of 120 messages and loads older ones, keeping her place', async () => {
    const key = env.server.demo!.workspace.public_key;
    const customer = await openCustomer(env.server.url, key, 'Message number 1');
    await seedMessages(customer.conversationId, 2, 120);
    const { context, page, errors } = await open(desktop, '/console/settings');
    await signIn(page, AGENT, 'Settings');
    await page.getByText('Only owners and admins can add webhook endpoints').waitFor();

    await page.goto(`${env.server.url}/console/conversations/${customer.conversationId}`);
    const messages = page.locator('.messages .msg');
    await page.locator('.msg[data-seq="120"]').waitFor();
    expect(await messages.count()).toBe(50);
    expect(await page.locator('.msg[data-seq="71"]').count()).toBe(1);

    // Keyboard: from the contact panel, Tab reaches the button at the top of the history.
    await page.locator('.contact-panel summary').focus();
    await page.keyboard.press('Tab');
    const older = page.getByRole('button', { name: 'Load older messages' });
    expect(await older.evaluate((el) => el === document.activeElement)).toBe(true);
    await screenshot(page, 'history-desktop-top', { fullPage: false });
    const before = await offsetInHistory(page, 71);
    await page.keyboard.press('Enter');
    await page.locator('.msg[data-seq="21"]').waitFor();
    expect(await messages.count()).toBe(100);
    expect(Math.abs((await offsetInHistory(page, 71)) - before)).toBeLessThan(3);
    expect(await page.locator('.history').evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    expect(await older.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByText('50 older messages loaded.').waitFor();
    await screenshot(page, 'history-desktop-older', { fullPage: false });

    const reading = await offsetInHistory(page, 21);
    await page.keyboard.press('Enter');
    await page.locator('.msg[data-seq="1"]').waitFor();
    const start = page.getByText('Start of the conversation');
    await expect.poll(() => start.evaluate((el) => el === document.activeElement)).toBe(true);
    // Focus moved to the start marker without scrolling the reader away from message 21.
    expect(Math.abs((await offsetInHistory(page, 21)) - reading)).toBeLessThan(3);

    // A live message still arrives, once, at the end.
    const socket = await openFrameSocket(
      env.server.url.replace('http', 'ws') + customer.socketPath,
    );
    socket.send({ t: 'resume', conversationId: customer.conversationId, afterSeq: 120 });
    socket.send({
      t: 'send',
      conversationId: customer.conversationId,
      clientId: randomUUID(),
      body: 'Still there?',
    });
    await page.locator('.msg[data-seq="121"]', { hasText: 'Still there?' }).waitFor();
    const seqs = await messages.evaluateAll((els) => els.map((el) => Number(el.dataset.seq)));
    expect(seqs).toEqual(Array.from({ length: 121 }, (_, i) => i + 1));
    socket.ws.close();
    expect(errors).toEqual([]);
    await context.close();

    const mobile = await open(phone, `/console/conversations/${customer.conversationId}`);
    await signIn(mobile.page, AGENT);
    await mobile.page.locator('.msg[data-seq="121"]').waitFor();
    await mobile.page.locator('.history').evaluate((el) => el.scrollTo(0, 0));
    await screenshot(mobile.page, 'history-phone-top', { fullPage: false });
    await mobile.page.getByRole('button', { name: 'Load older messages' }).click();
    await mobile.page.locator('.msg[data-seq="22"]').waitFor();
    expect(await hasNoHorizontalOverflow(mobile.page)).toBe(true);
    await screenshot(mobile.page, 'history-phone-older', { fullPage: false });
    expect(mobile.errors).toEqual([]);
    await mobile.context.close();
  });

  it('the contact panel shows the page the customer is on now and links to their past conversation', async () => {
    const shop = await open(desktop, '/');
    const firstId = await askInWidget(shop.page, /Ask a question/, 'Do you have Kveik yeast?');
    await shop.page.getByRole('button', { name: 'Back to topics' }).click();
    const secondId = await askInWidget(
      shop.page,
      /Report a problem/,
      'My mill came without a handle.',
    );
    expect(secondId).not.toBe(firstId);
    // The shop is a single-page app: the customer moves on without a page load.
    await shop.page.evaluate((title) => {
      history.pushState({}, '', '/kits/ipa-starter?size=5l#reviews');
      document.title = title;
    }, HOSTILE_TITLE);
    await expect
      .poll(async () => (await pageOfContact(secondId))?.current_url, { timeout: 10_000 })
      .toBe(`${env.server.url}/kits/ipa-starter?size=5l`);
    expect(shop.errors).toEqual([]);

    const { context, page, errors } = await open(desktop, `/console/conversations/${secondId}`);
    await signIn(page, AGENT, 'Inbox');
    await page.locator('.msg.contact', { hasText: 'without a handle' }).waitFor();
    await page.locator('.contact-panel summary').click();
    const panel = page.locator('.contact-panel');
    await panel.getByText(HOSTILE_TITLE, { exact: true }).waitFor();
    const link = panel.getByRole('link', { name: `${env.server.url}/kits/ipa-starter?size=5l` });
    expect(await link.getAttribute('rel')).toContain('noopener');
    await panel.getByText('Last seen just now').waitFor();
    expect(await panel.locator('img').count()).toBe(0);
    expect(await pwned(page)).toBeUndefined();
    const past = panel.getByRole('list', { name: 'Other conversations of this contact' });
    const pastLink = past.getByRole('link');
    expect(await pastLink.count()).toBe(1);
    expect(await pastLink.textContent()).toMatch(/Question.*Open.*Do you have Kveik yeast\?/);
    await screenshot(page, 'contact-panel-desktop', { fullPage: false });

    await pastLink.click();
    await page.waitForURL(`**/console/conversations/${firstId}`);
    await page.locator('.msg.contact', { hasText: 'Do you have Kveik yeast?' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();

    const mobile = await open(phone, `/console/conversations/${secondId}`);
    await signIn(mobile.page, AGENT);
    await mobile.page.locator('.contact-panel summary').click();
    await mobile.page.getByText(HOSTILE_TITLE, { exact: true }).waitFor();
    const phoneLink = mobile.page.getByRole('link', { name: /Do you have Kveik yeast/ });
    await phoneLink.scrollIntoViewIfNeeded();
    expect(await hasNoHorizontalOverflow(mobile.page)).toBe(true);
    await screenshot(mobile.page, 'contact-panel-phone', { fullPage: false });
    expect(await pwned(mobile.page)).toBeUndefined();
    expect(mobile.errors).toEqual([]);
    await mobile.context.close();
    await shop.context.close();
  });
});

/** Messages `from`…`to` of a conversation, straight into the store (bulk history to page through). */
async function seedMessages(conversationId: string, from: number, to: number) {
  const workspaceId = env.server.demo!.workspace.id;
  await env.server.db.query(
    `insert into messages (workspace_id, conversation_id, seq, client_id, author_type, private, body)
     select $1, $2, g, 'seed-' || g, case when g % 3 = 0 then 'agent' else 'contact' end, false,
       'Message number ' || g
     from generate_series($3::int, $4::int) g`,
    [workspaceId, conversationId, from, to],
  );
  await env.server.db.query('update conversations set last_seq = $2 where id = $1', [
    conversationId,
    to,
  ]);
}

/** Where a message sits relative to the top of the scrolling history. */
const offsetInHistory = (page: Page, seq: number) =>
  page.evaluate((s) => {
    const history = document.querySelector('.history')!;
    const message = history.querySelector(`[data-seq="${s}"]`)!;
    return message.getBoundingClientRect().top - history.getBoundingClientRect().top;
  }, seq);

/** The customer picks a topic in the widget and sends a first message; returns its conversation. */
async function askInWidget(page: Page, topic: RegExp, body: string) {
  if (!(await page.getByRole('dialog').isVisible()))
    await page.getByRole('button', { name: 'Help', exact: true }).click();
  await page.getByRole('button', { name: topic }).click();
  if (topic.test('Report a problem')) {
    // A problem is reported with the complaint form; its description is the first message.
    await page.getByRole('textbox', { name: 'What happened?' }).fill(body);
    await page.getByRole('button', { name: 'Send complaint' }).click();
  } else {
    const input = page.getByPlaceholder('Write a message…');
    await input.fill(body);
    await input.press('Enter');
  }
  await page.getByRole('log', { name: 'Messages' }).getByText('Sent').waitFor();
  const key = env.server.demo!.workspace.public_key;
  const stored = await page.evaluate((k) => localStorage.getItem(`parley:${k}:conv`), key);
  return (JSON.parse(stored!) as { id: string }).id;
}

async function pageOfContact(conversationId: string) {
  const [row] = await env.server.db.query<{ current_url: string | null }>(
    `select k.current_url from contacts k join conversations c on c.contact_id = k.id
     where c.id = $1`,
    [conversationId],
  );
  return row;
}
