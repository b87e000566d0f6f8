import { describe, expect, it } from 'vitest';
import { seriousAxeFindings } from '../../test/axe.js';
import { openCustomer } from '../../test/chat-client.js';
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
import { addMember } from '../core/users/add-member.js';

const env = useParleyAndChromium();
const OWNER = 'sally.sla@hopfield.example';

describe('SLAs in the console', () => {
  it('an owner sets a first-response target; the inbox warns before it and marks the breach live', async () => {
    const workspaceId = env.server.demo!.workspace.id;
    const deps = { db: env.server.db, now: () => new Date() };
    await addMember(deps, {
      workspaceId,
      email: OWNER,
      name: 'Sally SLA',
      role: 'owner',
      password: PASSWORD,
    });

    const { page, errors } = await openPage(
      env.browser,
      desktop,
      `${env.server.url}/console/settings`,
    );
    await signInToConsole(page, OWNER, { lands: 'Settings' });
    const normal = page.getByRole('group', { name: 'Normal' });
    await normal.getByLabel('First response (min)').fill('12');
    await normal.getByLabel('Next response (min)').fill('30');
    await normal.getByLabel('Warn before (min)').fill('15');
    await page.getByRole('button', { name: 'Save SLA targets' }).click();
    await page.getByText('Saved. Running clocks now count to these targets.').waitFor();

    const key = env.server.demo!.workspace.public_key;
    const soon = await openCustomer(env.server.url, key, 'My keg coupler leaks');
    const late = await openCustomer(env.server.url, key, 'The hop spider never arrived');
    const slaFrames: string[] = [];
    page.on('websocket', (socket) =>
      socket.on('framereceived', ({ payload }) => {
        if (String(payload).includes('"t":"sla.')) slaFrames.push(String(payload));
      }),
    );
    await page.goto(`${env.server.url}/console/inbox`);
    const row = (id: string) => page.locator(`.conv-row[data-id="${id}"]`);
    await row(soon.conversationId)
      .getByText(/^SLA due in 1[12] min$/)
      .waitFor();

    // The clock of the second runs out; the sweep records it and the inbox hears it live.
    await env.server.db.query(
      `update sla_targets set due_at = now() - interval '1 minute'
        where conversation_id = $1 and metric = 'first_response'`,
      [late.conversationId],
    );
    await row(late.conversationId).getByText('SLA breached').waitFor({ timeout: 30_000 });
    await expect
      .poll(() => slaFrames.some((f) => f.includes('"t":"sla.breached"')), { timeout: 30_000 })
      .toBe(true);
    const [breach] = await env.server.db.query<{ breached_at: Date | null }>(
      `select breached_at from sla_targets where conversation_id = $1 and metric = 'first_response'`,
      [late.conversationId],
    );
    expect(breach?.breached_at).toBeInstanceOf(Date);
    await screenshot(page, 'sla-inbox-desktop', { fullPage: false });
    expect(await seriousAxeFindings(page)).toEqual([]);

    await page.goto(`${env.server.url}/console/settings`);
    const report = page.locator('.sla-report table');
    await report.getByRole('rowheader', { name: 'First response' }).waitFor();
    await report.getByRole('cell', { name: '100%' }).waitFor();
    // Below the sticky top bar: the targets and the report, as a person scrolls to them.
    await page.evaluate(() => {
      const card = document.querySelector('.sla-report')!;
      window.scrollTo(0, card.getBoundingClientRect().bottom + window.scrollY - 760);
    });
    await screenshot(page, 'sla-settings-desktop', { fullPage: false });
    expect(await seriousAxeFindings(page)).toEqual([]);
    expect(errors).toEqual([]);

    const mobile = await openPage(env.browser, phone, `${env.server.url}/console/inbox`);
    await signInToConsole(mobile.page, OWNER, { lands: null });
    await mobile.page
      .locator(`.conv-row[data-id="${late.conversationId}"]`)
      .getByText('SLA breached')
      .waitFor();
    expect(await hasNoHorizontalOverflow(mobile.page)).toBe(true);
    await screenshot(mobile.page, 'sla-inbox-phone', { fullPage: false });
    // Opened, the conversation says the same in its header.
    await mobile.page.locator(`.conv-row[data-id="${late.conversationId}"]`).click();
    await mobile.page.locator('.conv-header').getByText('SLA breached').waitFor();
    expect(await hasNoHorizontalOverflow(mobile.page)).toBe(true);
    await screenshot(mobile.page, 'sla-conversation-phone', { fullPage: false });
    expect(mobile.errors).toEqual([]);
  });
});
