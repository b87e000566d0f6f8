import { describe, expect, it } from 'vitest';
import { setWorkspaceLadder } from '../core/escalation/workspace-ladder.js';
import { createTeam } from '../core/teams/manage-teams.js';
import { setTeamHours } from '../core/teams/team-hours.js';
import { addMember } from '../core/users/add-member.js';
import { DEFAULT_LADDER } from '../shared/schemas/ladder.js';
import { WEEKDAYS } from '../shared/schemas/business-hours.js';
import { connectAgent } from '../../test/frame-socket.js';
import { PASSWORD } from '../../test/seed.js';
import { openPage, phone, screenshot, useParleyAndChromium } from '../../test/browser.js';

const env = useParleyAndChromium();
const DAY = 86_400_000;

describe('the queue while the team is closed', () => {
  it('a waiting customer is told when the closed team opens, in their own time zone, and keeps their place', async () => {
    const deps = { db: env.server.db, now: () => new Date() };
    const workspaceId = env.server.demo!.workspace.id;
    const { userId } = await addMember(deps, {
      ...{ workspaceId, email: 'ada.closed@hopfield.example', name: 'Ada', role: 'admin' },
      password: PASSWORD,
    });
    await setWorkspaceLadder(
      deps,
      workspaceId,
      { ...DEFAULT_LADDER, personFromStart: true },
      userId,
    );
    // Open only the day after tomorrow (UTC), 09:00–17:00 UTC: closed now, whatever the clock.
    const opening = new Date(Math.floor(Date.now() / DAY) * DAY + 2 * DAY + 9 * 3_600_000);
    const day = WEEKDAYS[opening.getUTCDay()]!;
    const weekly = { sun: [], mon: [], tue: [], wed: [], thu: [], fri: [], sat: [] };
    const team = await createTeam(deps, workspaceId, {
      name: 'Weekly',
      requiredSkills: {},
      memberIds: [],
    });
    const hours = {
      timeZone: 'UTC',
      weekly: { ...weekly, [day]: [{ from: '09:00', to: '17:00' }] },
      holidays: [],
    };
    await setTeamHours(deps, workspaceId, team.id, hours);

    // A customer in New York, hours behind the team's UTC schedule.
    const customer = await openPage(
      env.browser,
      { ...phone, timezoneId: 'America/New_York', locale: 'en-US' },
      env.server.url + '/',
    );
    const { page } = customer;
    await page.getByRole('button', { name: 'Help' }).click();
    await page.getByRole('button', { name: /Ask a question/ }).click();
    await page.getByRole('button', { name: 'Talk to a person' }).click();
    await page.getByRole('textbox', { name: 'Message' }).fill('Is my Kölsch yeast in stock?');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByText(/You are next in line\. Nobody from the team is online/).waitFor();

    await env.server.db.query(
      `update conversations set team_id = $2 where workspace_id = $1 and subject = $3`,
      [workspaceId, team.id, 'Is my Kölsch yeast in stock?'],
    );
    // An agent coming online makes every node tell its line again.
    const agent = await connectAgent(env.server);
    // 4:00 AM in winter, 5:00 AM in summer: worked out the way the customer's browser does.
    const inNewYork = (options: Intl.DateTimeFormatOptions) =>
      new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'America/New_York' }).format(
        opening,
      );
    const [time, weekday] = [inNewYork({ timeStyle: 'short' }), inNewYork({ weekday: 'long' })];
    await page
      .getByText(
        `You are next in line. The team is closed now and opens at ${time} on ${weekday} (your time); you keep your place.`,
      )
      .waitFor();
    // Someone is online in the workspace, but not for this closed team: the header agrees
    // with the line instead of saying "online".
    await page.getByText('We’ll reply here as soon as someone is back').waitFor();
    expect(await page.getByText('A team member is online').count()).toBe(0);
    await screenshot(page, 'queue-phone-team-closed', { fullPage: false });
    expect(customer.errors).toEqual([]);
    agent.ws.close();
  });
});
