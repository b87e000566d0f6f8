import { describe, expect, it } from 'vitest';
import { desktop, screenshot, useParleyAndChromium } from '../../test/browser.js';

const env = useParleyAndChromium();

describe('the customer widget when the connection drops', () => {
  it('messages typed while the connection is down are queued, survive a reload and are sent once', async () => {
    const context = await env.browser.newContext(desktop);
    // Every socket the page opens is recorded; while sessionStorage says so, new ones fail.
    await context.addInitScript(() => {
      type Socket = { close(): void };
      type Ctor = new (url: string | URL) => Socket;
      const w = window as unknown as { sockets: Socket[]; WebSocket: Ctor };
      const Real = w.WebSocket;
      w.sockets = [];
      w.WebSocket = class extends Real {
        constructor(url: string | URL) {
          super(sessionStorage.getItem('down') ? 'ws://127.0.0.1:9/down' : url);
          w.sockets.push(this);
        }
      };
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(env.server.url + '/');
    await page.getByRole('button', { name: 'Help' }).click();
    await page.getByRole('button', { name: /Report a problem/ }).click();
    // A problem is reported with the complaint form; its description is the first message.
    await page.getByRole('textbox', { name: 'What happened?' }).fill('My yeast arrived warm.');
    await page.getByRole('button', { name: 'Send complaint' }).click();
    const input = page.getByRole('textbox', { name: 'Message' });
    const log = page.getByRole('log', { name: 'Messages' });
    await log.getByText('Sent').waitFor();

    await page.evaluate(() => {
      sessionStorage.setItem('down', '1');
      for (const ws of (window as unknown as { sockets: { close(): void }[] }).sockets) ws.close();
    });
    await page.getByText('Offline. Your messages will be sent').waitFor();
    const queued = 'Batch 42, the pack was puffed up.';
    await input.fill(queued);
    await input.press('Enter');
    await log.getByText('Sending…').waitFor();

    await page.reload();
    await page.getByRole('button', { name: 'Help' }).click();
    await log.getByText(queued).waitFor();
    await log.getByText('Sending…').waitFor();
    await page.evaluate(() => sessionStorage.removeItem('down'));
    await log.getByText('Sending…').waitFor({ state: 'detached', timeout: 20_000 });
    expect(await log.getByText('Sent').count()).toBe(2);
    const [row] = await env.server.db.query<{ n: number }>(
      'select count(*)::int as n from messages where body = $1',
      [queued],
    );
    expect(row!.n).toBe(1);

    // Back at the menu, the conversation is listed and reopens with its whole history.
    await page.getByRole('button', { name: 'Back to topics' }).click();
    const past = page.getByRole('list', { name: 'Your conversations' });
    await past.waitFor();
    await screenshot(page, 'widget-desktop-past', { fullPage: false });
    await past.getByRole('button').first().click();
    await log.getByText('My yeast arrived warm.').waitFor();
    await log.getByText(queued).waitFor();
    await screenshot(page, 'widget-desktop-reopened', { fullPage: false });
    expect(errors).toEqual([]);
    await context.close();
  });
});
