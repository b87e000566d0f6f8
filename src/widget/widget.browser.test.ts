import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  PHONE,
  desktop,
  hasNoHorizontalOverflow,
  openPage,
  phone,
  screenshot,
  useParleyAndChromium,
} from '../../test/browser.js';
import { connectAgent } from '../../test/frame-socket.js';

const env = useParleyAndChromium();

const QUESTION = 'Do you crush Maris Otter on request?';
const REPLY = 'Yes, free of charge: tick "crushed" in the cart.';
const NOTE = 'VIP: ordered 40 kg last month';
const HOSTILE = '<img src=x onerror="window.__pwned=1">';

const agent = () => connectAgent(env.server);

/** The label of what has focus, looking into the widget's shadow root. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return null;
    const name = el.getAttribute('aria-label') || el.getAttribute('placeholder');
    return name || (el.textContent ?? '').trim().slice(0, 40);
  });

const widgetText = (page: Page) =>
  page.locator('[data-parley]').evaluate((host) => host.shadowRoot!.textContent ?? '');

describe('the customer widget in a real browser', () => {
  it('a customer asks with the keyboard only; the agent replies; the note never shows', async () => {
    const { context, page, errors } = await openPage(env.browser, desktop, env.server.url + '/');
    const help = page.getByRole('button', { name: 'Help' });
    await help.waitFor();
    expect(await hasNoHorizontalOverflow(page)).toBe(true);
    await screenshot(page, 'widget-desktop-closed', { fullPage: false });

    // Keyboard only: the help button is the last stop in the page's tab order.
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('Help');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'How can we help?' });
    await dialog.waitFor();
    expect(await focused(page)).toContain('Ask a question');
    await screenshot(page, 'widget-desktop-menu', { fullPage: false });
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Ask a question' }).waitFor();
    expect(await focused(page)).toContain('Write a message');
    await page.keyboard.type(QUESTION);
    await page.keyboard.press('Enter');
    const log = page.getByRole('log', { name: 'Messages' });
    await log.getByText(QUESTION).waitFor();
    await log.getByText('Sent').waitFor();

    const key = env.server.demo!.workspace.public_key;
    const conv = await page.evaluate((k) => localStorage.getItem(`parley:${k}:conv`), key);
    const conversationId = (JSON.parse(conv!) as { id: string }).id;
    expect(
      await page.evaluate((k) => localStorage.getItem(`parley:${k}:visitor`), key),
    ).toBeTruthy();

    const laura = await agent();
    laura.send({ t: 'resume', conversationId, afterSeq: 0 });
    await laura.waitFor((f) => f.t === 'message' && f.message.body === QUESTION);
    laura.send({ t: 'send', conversationId, clientId: 'note-00001', body: NOTE, private: true });
    laura.send({ t: 'send', conversationId, clientId: 'reply-0001', body: REPLY });
    laura.send({ t: 'send', conversationId, clientId: 'reply-0002', body: HOSTILE });
    await laura.waitFor((f) => f.t === 'ack' && f.clientId === 'reply-0002');

    await log.getByText(REPLY).waitFor();
    await log.getByText(HOSTILE, { exact: true }).waitFor();
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await widgetText(page)).not.toContain(NOTE);
    await screenshot(page, 'widget-desktop-conversation', { fullPage: false });

    // Escape closes and gives focus back to the button.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await focused(page)).toBe('Help');

    // A reload keeps the conversation: same visitor, history resumed, still no note.
    await page.reload();
    await help.click();
    await log.getByText(REPLY).waitFor();
    await log.getByText(QUESTION).waitFor();
    expect(await widgetText(page)).not.toContain(NOTE);

    await page.setViewportSize(PHONE);
    expect(await hasNoHorizontalOverflow(page)).toBe(true);
    await screenshot(page, 'widget-phone-conversation', { fullPage: false });
    laura.ws.close();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('on a phone the panel fills the screen and the API calls queued before boot work', async () => {
    const { context, page, errors } = await openPage(env.browser, phone, env.server.url + '/');
    await page.getByRole('button', { name: 'Help' }).waitFor();
    await screenshot(page, 'widget-phone-closed', { fullPage: false });
    await page.evaluate(() => {
      const w = window as unknown as {
        Parley: (...a: unknown[]) => void;
        seen: string[];
      };
      w.seen = [];
      w.Parley('on', 'open', () => w.seen.push('open'));
      w.Parley('on', 'close', () => w.seen.push('close'));
      w.Parley('identify', { id: 'c-1', name: 'Pat', email: 'pat@example.test' });
      w.Parley('track', 'viewed', { sku: 'malt' });
      w.Parley('nonsense');
      w.Parley('open');
    });
    const dialog = page.getByRole('dialog', { name: 'How can we help?' });
    await dialog.waitFor();
    const box = await dialog.boundingBox();
    expect(box).toMatchObject({ x: 0, y: 0, width: PHONE.width, height: PHONE.height });
    await screenshot(page, 'widget-phone-menu', { fullPage: false });
    await page.evaluate(() =>
      (window as unknown as { Parley: (c: string) => void }).Parley('close'),
    );
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([
      'open',
      'close',
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('serves the loader briefly cached and the panel immutable, to any origin', async () => {
    const loader = await fetch(env.server.url + '/widget.js');
    expect(loader.headers.get('content-type')).toContain('javascript');
    expect(loader.headers.get('cache-control')).toBe('public, max-age=300');
    expect(loader.headers.get('access-control-allow-origin')).toBe('*');
    expect(loader.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    const path = /"(\/widget\/panel-[^"]+\.js)"/.exec(await loader.text())![1]!;
    const panel = await fetch(env.server.url + path);
    expect(panel.status).toBe(200);
    expect(panel.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(env.server.url + '/widget/../widget.js')).status).not.toBe(500);
    expect((await fetch(env.server.url + '/widget/secrets.js')).status).toBe(404);
  });
});
