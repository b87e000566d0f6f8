import { describe, expect, it } from 'vitest';
import { createTeam } from '../core/teams/manage-teams.js';
import { addMember } from '../core/users/add-member.js';
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
const OWNER = 'hanna.hours@hopfield.example';

describe('a team’s opening hours in the console', () => {
  it('an owner sets Mon–Fri 09:00–17:00 in Berlin with a holiday and sees it summed up, on desktop and phone', async () => {
    const deps = { db: env.server.db, now: () => new Date() };
    const workspaceId = env.server.demo!.workspace.id;
    await addMember(deps, {
      workspaceId,
      email: OWNER,
      name: 'Hanna Hours',
      role: 'owner',
      password: PASSWORD,
    });
    await createTeam(deps, workspaceId, {
      name: 'Brewing help',
      requiredSkills: {},
      memberIds: [],
    });

    const owner = await openPage(env.browser, desktop, `${env.server.url}/console/team`);
    await signInToConsole(owner.page, OWNER, { lands: 'Team' });
    const teams = owner.page.getByRole('list', { name: 'Teams' });
    await teams.getByText('Always open').waitFor();
    await owner.page.getByRole('button', { name: 'Opening hours of Brewing help' }).click();
    const form = owner.page.getByRole('form', { name: 'Opening hours of Brewing help' });

    // A zone the runtime does not know is refused with a message saying what to use instead.
    await form.getByLabel('Time zone').fill('Mars/Olympus');
    await form.getByRole('button', { name: 'Save hours' }).click();
    await form
      .getByRole('alert')
      .getByText(/unknown time zone "Mars\/Olympus"/)
      .waitFor();

    await form.getByLabel('Time zone').fill('Europe/Berlin');
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']) {
      await form.getByLabel(`Open on ${day}`).check();
      await form.getByLabel(`${day} from`).fill('09:00');
      await form.getByLabel(`${day} until`).fill('17:00');
    }
    await form.getByLabel('Open on Saturday').uncheck();
    await form.getByLabel('Open on Sunday').uncheck();
    await form.getByLabel('Holidays').fill('2026-12-25\n');
    await screenshot(owner.page, 'team-hours-form-desktop');
    await form.getByRole('button', { name: 'Save hours' }).click();
    const summary = teams.getByText(
      /^Mon–Fri 09:00–17:00 \(Europe\/Berlin\) · 1 holiday · (Open now|Closed · opens \w{3} 09:00)$/,
    );
    await summary.waitFor();
    expect(await form.count()).toBe(0);
    await screenshot(owner.page, 'team-hours-desktop');
    expect(owner.errors).toEqual([]);

    const mobile = await openPage(env.browser, phone, `${env.server.url}/console/team`);
    await signInToConsole(mobile.page, OWNER, { lands: 'Team' });
    await mobile.page
      .getByRole('list', { name: 'Teams' })
      .getByText(/^Mon–Fri 09:00–17:00/)
      .waitFor();
    await mobile.page.getByRole('button', { name: 'Opening hours of Brewing help' }).click();
    const phoneForm = mobile.page.getByRole('form', { name: 'Opening hours of Brewing help' });
    expect(await phoneForm.getByLabel('Time zone').inputValue()).toBe('Europe/Berlin');
    expect(await phoneForm.getByLabel('Holidays').inputValue()).toBe('2026-12-25');
    expect(await phoneForm.getByLabel('Open on Saturday').isChecked()).toBe(false);
    expect(await hasNoHorizontalOverflow(mobile.page)).toBe(true);
    await screenshot(mobile.page, 'team-hours-phone');

    // "Always open" clears the schedule.
    await phoneForm.getByRole('button', { name: 'Always open' }).click();
    await mobile.page.getByRole('list', { name: 'Teams' }).getByText('Always open').waitFor();
    expect(mobile.errors).toEqual([]);
  });
});
