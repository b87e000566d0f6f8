import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { desktop, openPage, phone, screenshot, useParleyAndChromium } from '../../test/browser.js';
import { connectAgent } from '../../test/frame-socket.js';

const env = useParleyAndChromium();
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown; failure: string | undefined }[];
}

/** axe-core over the widget (its shadow root included): the serious and critical findings. */
async function axe(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    type Result = {
      violations: {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: unknown; failureSummary?: string }[];
      }[];
    };
    const run = (window as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<Result> } })
      .axe;
    const { violations } = await run.run(
      // The widget's host and everything in its shadow root; the storefront around it is the
      // demo page's business (its own findings are not the widget's).
      { include: [['[data-parley]']] },
      { resultTypes: ['violations'] },
    );
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target, failure: n.failureSummary })),
      }));
  });
}

const agent = () => connectAgent(env.server);

/** In the open widget: ask a question, wait until it is stored, and have Laura follow it. */
async function askAndFollow(page: Page, question: string) {
  await page.getByRole('button', { name: /Ask a question/ }).click();
  const input = page.getByRole('textbox', { name: 'Message' });
  await input.fill(question);
  await input.press('Enter');
  const log = page.getByRole('log', { name: 'Messages' });
  await log.getByText('Sent').waitFor();
  const conversationId = await conversationOf(page);
  const laura = await agent();
  laura.send({ t: 'resume', conversationId, afterSeq: 0 });
  await laura.waitFor((f) => f.t === 'resumed');
  return { input, log, conversationId, laura };
}

/** What has focus, looking into the widget's shadow root: its label, placeholder or text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return null;
    const name = el.getAttribute('aria-label') || el.getAttribute('placeholder');
    return name || (el.textContent ?? '').trim().slice(0, 40);
  });

const conversationOf = async (page: Page) => {
  const key = env.server.demo!.workspace.public_key;
  const conv = await page.evaluate((k) => localStorage.getItem(`parley:${k}:conv`), key);
  return (JSON.parse(conv!) as { id: string }).id;
};

/** Records every socket the page opens, so a test can hand it a frame the server does not send. */
const recordSockets = (context: BrowserContext) =>
  context.addInitScript(() => {
    type Ctor = new (url: string | URL) => EventTarget;
    const w = window as unknown as { sockets: EventTarget[]; WebSocket: Ctor };
    const Real = w.WebSocket;
    w.sockets = [];
    w.WebSocket = class extends Real {
      constructor(url: string | URL) {
        super(url);
        w.sockets.push(this);
      }
    };
  });

const serverSays = (page: Page, frame: unknown) =>
  page.evaluate((f) => {
    const sockets = (window as unknown as { sockets: EventTarget[] }).sockets;
    sockets.at(-1)!.dispatchEvent(new MessageEvent('message', { data: JSON.stringify(f) }));
  }, frame);

describe('the widget for keyboard and screen-reader users', () => {
  for (const [name, options] of [
    ['desktop', desktop],
    ['phone', phone],
  ] as [string, BrowserContextOptions][]) {
    it(`has no serious or critical axe findings on the menu and in a conversation (${name})`, async () => {
      const context = await env.browser.newContext(options);
      await recordSockets(context);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(env.server.url + '/');
      await page.getByRole('button', { name: 'Help' }).click();
      await page.getByRole('dialog', { name: 'How can we help?' }).waitFor();
      expect(await axe(page)).toEqual([]);
      await screenshot(page, `widget-a11y-${name}-menu`, { fullPage: false });

      const { log, conversationId, laura } = await askAndFollow(
        page,
        'Is the Pilsner malt in stock?',
      );
      laura.send({
        t: 'send',
        conversationId,
        clientId: 'a11y-reply-1',
        body: 'Yes, 25 kg sacks.',
      });
      await log.getByText('Yes, 25 kg sacks.').waitFor();
      laura.send({ t: 'read', conversationId, seq: 1 });
      laura.send({ t: 'typing', conversationId, on: true });
      await log.getByText('Seen').waitFor();
      await page.getByText('The team is typing…').waitFor();
      await serverSays(page, { t: 'presence', conversationId, agentsOnline: 1 });
      await page.getByText('A team member is online').waitFor();
      // a long conversation scrolls: the log must then be reachable with the keyboard
      for (let i = 0; i < 8; i++)
        laura.send({ t: 'send', conversationId, clientId: `a11y-more-${i}`, body: `Line ${i}` });
      await log.getByText('Line 7').waitFor();
      expect(await axe(page)).toEqual([]);
      await screenshot(page, `widget-a11y-${name}-conversation`, { fullPage: false });

      // the failed and pending bubbles are legible too
      await page.evaluate(() => {
        const root = document.querySelector('[data-parley]')!.shadowRoot!;
        const list = root.querySelector('.list')!;
        for (const state of ['pending', 'failed']) {
          const li = document.createElement('li');
          li.className = `m me ${state}`;
          li.innerHTML = `<p>A ${state} message</p><span class="meta">${state}</span>`;
          list.append(li);
        }
      });
      expect(await axe(page)).toEqual([]);
      laura.ws.close();
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('keeps Tab and Shift+Tab inside the open panel, and works by keyboard end to end', async () => {
    const { context, page, errors } = await openPage(env.browser, desktop, env.server.url + '/');
    await page.getByRole('button', { name: 'Help' }).waitFor();
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('Help');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'How can we help?' }).waitFor();
    expect(await focused(page)).toContain('Ask a question');

    const cycle = async (key: string, n: number) => {
      const seen: (string | null)[] = [];
      for (let i = 0; i < n; i++) {
        await page.keyboard.press(key);
        seen.push(await focused(page));
      }
      return seen;
    };
    // The help-article search (the demo has articles) follows the topics.
    const forward = await cycle('Tab', 6);
    expect(forward.map((s) => s?.slice(0, 14))).toEqual([
      'Report a probl',
      'Give feedbackI',
      'e.g. shipping,',
      'Close help',
      'Ask a question',
      'Report a probl',
    ]);
    const backward = await cycle('Shift+Tab', 4);
    expect(backward.map((s) => s?.slice(0, 14))).toEqual([
      'Ask a question',
      'Close help',
      'e.g. shipping,',
      'Give feedbackI',
    ]);

    // a problem by keyboard: the complaint form (category, what happened, order, send) ...
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toContain('Report a problem');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatch(/^An order/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('What went wrong, and when?');
    await page.keyboard.type('The kit came without its airlock.');
    expect(await cycle('Tab', 2)).toEqual(['e.g. HB-1042', 'Send complaint']);
    await page.keyboard.press('Enter');
    // ... then its conversation: back, close, the case page link, the message log, the text
    // box, send, and round again (a problem goes straight to people: no automated answer)
    await expect.poll(() => focused(page)).toBe('Write a message…');
    const log = page.getByRole('log', { name: 'Messages' });
    await log.getByText(/owns it until it is put right/).waitFor();
    await page.getByRole('link', { name: 'Case page' }).waitFor();
    await page.keyboard.type('Keyboard only, please.');
    await page.keyboard.press('Enter');
    await log.locator('li', { hasText: 'Keyboard only' }).getByText('Sent').waitFor();
    expect(await cycle('Tab', 6)).toEqual([
      'Send',
      'Back to topics',
      'Close help',
      'Case page',
      'Messages',
      'Write a message…',
    ]);
    expect(await cycle('Shift+Tab', 5)).toEqual([
      'Messages',
      'Case page',
      'Close help',
      'Back to topics',
      'Send',
    ]);
    await screenshot(page, 'widget-a11y-focus-send', { fullPage: false });
    await page.keyboard.press('Escape');
    expect(await focused(page)).toBe('Help');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('Write a message…');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('typing, read receipts and presence', () => {
  it('the agent sees the customer type and read; the customer sees the agent type and "Seen"', async () => {
    const context = await env.browser.newContext(desktop);
    await recordSockets(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(env.server.url + '/');
    await page.getByRole('button', { name: 'Help' }).click();
    const { input, log, conversationId, laura } = await askAndFollow(
      page,
      'Which yeast for a saison?',
    );

    // Typing for about two seconds sends one "typing", then "stopped" after 5 s of quiet.
    const typing = () => laura.frames.filter((f) => f.t === 'typing' && f.who === 'contact');
    await input.focus();
    for (const ch of 'Is Belle Saison') {
      await page.keyboard.type(ch);
      await page.waitForTimeout(130);
    }
    await laura.waitFor((f) => f.t === 'typing' && f.who === 'contact' && f.on);
    const idleFrom = Date.now();
    await laura.waitFor((f) => f.t === 'typing' && f.who === 'contact' && !f.on, 8_000);
    expect(Date.now() - idleFrom).toBeGreaterThan(3_500);
    expect(typing().map((f) => f.t === 'typing' && f.on)).toEqual([true, false]);

    // Typing again and sending: "typing", then "stopped" as the message goes.
    await page.keyboard.type(' any good?');
    await laura.waitFor(
      (f) => f.t === 'typing' && f.who === 'contact' && f.on && typing().length > 2,
    );
    await page.keyboard.press('Enter');
    await laura.waitFor((f) => f.t === 'message' && f.message.body === 'Is Belle Saison any good?');
    await laura.waitFor(() => typing().length === 4, 1_000);
    expect(typing().map((f) => f.t === 'typing' && f.on)).toEqual([true, false, true, false]);

    // The agent types and replies; the open panel on a visible page reports it read.
    laura.send({ t: 'typing', conversationId, on: true });
    await page.getByText('The team is typing…').waitFor();
    laura.send({ t: 'send', conversationId, clientId: 'live-reply-1', body: 'It is, at 20 °C.' });
    const ack = await laura.waitFor((f) => f.t === 'ack' && f.clientId === 'live-reply-1');
    await log.getByText('It is, at 20 °C.').waitFor();
    await page.getByText('The team is typing…').waitFor({ state: 'hidden' });
    const replySeq = ack.t === 'ack' ? ack.seq : 0;
    await laura.waitFor((f) => f.t === 'read' && f.who === 'contact' && f.seq >= replySeq);

    // The reply is announced to screen readers; the customer's own words are not.
    const announced = await page.evaluate(
      () =>
        document.querySelector('[data-parley]')!.shadowRoot!.querySelector('[aria-live="polite"]')!
          .textContent,
    );
    expect(announced).toBe('Team: It is, at 20 °C.');

    // "Seen" comes when the agent has read the customer's last message, and only under it.
    expect(await log.getByText('Seen').count()).toBe(0);
    laura.send({ t: 'read', conversationId, seq: replySeq - 1 });
    await log.getByText('Seen').waitFor();
    expect(await log.getByText('Sent', { exact: true }).count()).toBe(1);
    await screenshot(page, 'widget-a11y-seen', { fullPage: false });

    // Presence, should the server send it.
    await serverSays(page, { t: 'presence', conversationId, agentsOnline: 0 });
    await page.getByText('We’ll reply here as soon as someone is back').waitFor();
    await serverSays(page, { t: 'presence', conversationId, agentsOnline: 2 });
    await page.getByText('A team member is online').waitFor();
    await screenshot(page, 'widget-a11y-presence', { fullPage: false });
    // Once a person has it, the line speaks of them (their name as text, never markup).
    await serverSays(page, { t: 'agent', conversationId, name: 'Laura <b>L</b>', online: false });
    await page.getByText('Laura <b>L</b> is away right now; the reply will come here').waitFor();
    await serverSays(page, { t: 'agent', conversationId, name: null, online: false });
    await page.getByText('A team member is online').waitFor();

    // A closed panel does not report replies read; opening it does.
    await page.keyboard.press('Escape');
    laura.send({ t: 'send', conversationId, clientId: 'live-reply-2', body: 'Anything else?' });
    const ack2 = await laura.waitFor((f) => f.t === 'ack' && f.clientId === 'live-reply-2');
    const seq2 = ack2.t === 'ack' ? ack2.seq : 0;
    await page.getByRole('button', { name: 'Help (new message)' }).waitFor();
    await page.waitForTimeout(300);
    expect(laura.frames.some((f) => f.t === 'read' && f.seq >= seq2)).toBe(false);
    await page.getByRole('button', { name: 'Help (new message)' }).click();
    await laura.waitFor((f) => f.t === 'read' && f.who === 'contact' && f.seq >= seq2);
    laura.ws.close();
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a stored visitor token the server does not know', () => {
  it('is replaced after the socket keeps failing and the API answers 401', async () => {
    const { context, page } = await openPage(env.browser, desktop, env.server.url + '/');
    await page.getByRole('button', { name: 'Help' }).click();
    // A question starts a conversation (Give feedback opens a review form instead).
    await page.getByRole('button', { name: /Ask a question/ }).click();
    const input = page.getByRole('textbox', { name: 'Message' });
    await input.fill('Lovely shop.');
    await input.press('Enter');
    const log = page.getByRole('log', { name: 'Messages' });
    await log.getByText('Sent').waitFor();

    // The token is corrupted; a message typed offline waits in the outbox of that conversation.
    const key = env.server.demo!.workspace.public_key;
    const oldConversation = await conversationOf(page);
    const queued = 'The bottle caps could be cheaper.';
    await page.evaluate(
      ({ k, id, body }) => {
        localStorage.setItem(`parley:${k}:visitor`, 'corrupted-token-0000');
        localStorage.setItem(
          `parley:${k}:outbox`,
          JSON.stringify([{ conversationId: id, clientId: 'queued-0001', body }]),
        );
      },
      { k: key, id: oldConversation, body: queued },
    );
    const calls: string[] = [];
    page.on('response', (r) => {
      const url = new URL(r.url());
      if (url.pathname.startsWith('/api/widget'))
        calls.push(`${r.request().method()} ${url.pathname} ${r.status()}`);
    });
    const sessionBodies: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/api/widget/session')) sessionBodies.push(r.postData() ?? '');
    });
    await page.reload();

    // Three refused sockets, one 401 from the API, a new visitor, a new conversation.
    await page.waitForFunction(
      (k) => {
        const token = localStorage.getItem(`parley:${k}:visitor`);
        return token && token !== 'corrupted-token-0000';
      },
      key,
      { timeout: 20_000 },
    );
    await page.getByRole('button', { name: 'Help' }).click();
    await log.getByText(queued).waitFor();
    await log.getByText('Sent').waitFor({ timeout: 10_000 });
    await page.getByText('Your earlier conversation could not be restored').waitFor();
    await screenshot(page, 'widget-a11y-token-recovered', { fullPage: false });
    expect(calls).toContain('GET /api/widget/conversations 401');
    expect(sessionBodies).toHaveLength(1);
    expect(sessionBodies[0]).not.toContain('visitorToken');
    const newConversation = await conversationOf(page);
    expect(newConversation).not.toBe(oldConversation);
    const rows = await env.server.db.query<{ conversation_id: string }>(
      'select conversation_id from messages where body = $1',
      [queued],
    );
    expect(rows.map((r) => r.conversation_id)).toEqual([newConversation]);
    expect(await page.evaluate((k) => localStorage.getItem(`parley:${k}:outbox`), key)).toBe(null);

    // Without anything queued, a refused token just leads back to the topic menu.
    await page.evaluate((k) => {
      localStorage.setItem(`parley:${k}:visitor`, 'corrupted-token-0001');
    }, key);
    await page.reload();
    await page.waitForFunction((k) => !localStorage.getItem(`parley:${k}:conv`), key, {
      timeout: 20_000,
    });
    await page.getByRole('button', { name: 'Help' }).click();
    await page.getByRole('dialog', { name: 'How can we help?' }).waitFor();
    await context.close();
  });
});
