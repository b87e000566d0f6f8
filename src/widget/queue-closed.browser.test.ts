import { describe, expect, it } from 'vitest';
import { setWorkspaceLadder } from '../core/escalation/workspace-ladder.js';
import { createTeam } from '../core/teams/manage-teams.js';
import { setTeamHours } from '../core/teams/team-hours.js';
import { addMember } from '../core/users/add-member.js';
import { DEFAULT_LADDER } from '../shared/schemas/ladder.js';
import { WEEKDAYS } from '../shared/schemas/business-hours.js';
import { consoleCookie } from '../../test/chat-client.js';
import { connectAgent, openFrameSocket } from '../../test/frame-socket.js';
import { PASSWORD } from '../../test/seed.js';
import { openPage, phone, screenshot, useParleyAndChromium } from '../../test/browser.js';

const env = useParleyAndChromium();
const DAY = 86_400_000;

const deps = () => ({ db: env.server.db, now: () => new Date() });
const workspaceId = () => env.server.demo!.workspace.id;
const WEEK = { sun: [], mon: [], tue: [], wed: [], thu: [], fri: [], sat: [] };

/** Questions go to the team's line at once, not to the virtual agent first. */
async function peopleFromTheStart() {
  const { userId } = await addMember(deps(), {
    ...{ workspaceId: workspaceId(), email: 'ada.closed@hopfield.example', name: 'Ada' },
    ...{ role: 'admin', password: PASSWORD },
  });
  const ladder = { ...DEFAULT_LADDER, personFromStart: true };
  await setWorkspaceLadder(deps(), workspaceId(), ladder, userId);
}

/** A customer in New York asks a person on a phone; their chat is put in the team's line. */
async function customerAsks(question: string, teamId: string) {
  const customer = await openPage(
    env.browser,
    { ...phone, timezoneId: 'America/New_York', locale: 'en-US' },
    env.server.url + '/',
  );
  const { page } = customer;
  await page.getByRole('button', { name: 'Help' }).click();
  await page.getByRole('button', { name: /Ask a question/ }).click();
  await page.getByRole('button', { name: 'Talk to a person' }).click();
  await page.getByRole('textbox', { name: 'Message' }).fill(question);
  await page.getByRole('button', { name: 'Send' }).click();
  await page.getByText(/You are (next|number \d+) in line\./).waitFor();
  await env.server.db.query(
    `update conversations set team_id = $2 where workspace_id = $1 and subject = $3`,
    [workspaceId(), teamId, question],
  );
  return customer;
}

describe('the queue and the team’s hours', () => {
  it('a waiting customer is told when the closed team opens, in their own time zone, and keeps their place', async () => {
    await peopleFromTheStart();
    // Open only the day after tomorrow (UTC), 09:00–17:00 UTC: closed now, whatever the clock.
    const opening = new Date(Math.floor(Date.now() / DAY) * DAY + 2 * DAY + 9 * 3_600_000);
    const day = WEEKDAYS[opening.getUTCDay()]!;
    const team = await createTeam(deps(), workspaceId(), {
      name: 'Weekly',
      requiredSkills: {},
      memberIds: [],
    });
    const hours = {
      timeZone: 'UTC',
      weekly: { ...WEEK, [day]: [{ from: '09:00', to: '17:00' }] },
      holidays: [],
    };
    await setTeamHours(deps(), workspaceId(), team.id, hours);

    // A customer in New York, hours behind the team's UTC schedule.
    const customer = await customerAsks('Is my Kölsch yeast in stock?', team.id);
    const { page } = customer;
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

  it('a customer whose turn would come after the team closes is told so, and keeps their place', async () => {
    // Open from an hour ago until three minutes from now (UTC), so it closes before the turn of
    // a customer with thirty chats ahead of them.
    const hhmm = (t: number) => new Date(t).toISOString().slice(11, 16);
    const from = Date.now() - 3_600_000;
    const closes = Math.ceil((Date.now() + 3 * 60_000) / 60_000) * 60_000;
    const day = WEEKDAYS[new Date(from).getUTCDay()]!;
    const lauraUser = await addMember(deps(), {
      ...{ workspaceId: workspaceId(), email: 'laura.closing@hopfield.example' },
      ...{ name: 'Laura Lager', role: 'agent', password: PASSWORD },
    });
    const team = await createTeam(deps(), workspaceId(), {
      ...{ name: 'Closing soon', requiredSkills: {} },
      memberIds: [lauraUser.userId],
    });
    const hours = {
      timeZone: 'UTC',
      weekly: { ...WEEK, [day]: [{ from: hhmm(from), to: hhmm(closes) }] },
      holidays: [],
    };
    await setTeamHours(deps(), workspaceId(), team.id, hours);
    for (let i = 0; i < 30; i++)
      await env.server.db.query(
        `insert into conversations (id, workspace_id, team_id, owner, queued_at)
         values (gen_random_uuid(), $1, $2, 'queue', now() - interval '1 hour')`,
        [workspaceId(), team.id],
      );
    const customer = await customerAsks('Can you still ship my order today?', team.id);
    const { page } = customer;
    // Laura coming online makes every node tell its line again.
    const cookie = await consoleCookie(env.server.url, 'laura.closing@hopfield.example', PASSWORD);
    const laura = await openFrameSocket(
      `${env.server.url.replace('http', 'ws')}/realtime/console`,
      { cookie },
    );
    const inNewYork = new Intl.DateTimeFormat('en-US', {
      timeStyle: 'short',
      timeZone: 'America/New_York',
    }).format(new Date(closes));
    await page
      .getByText(
        new RegExp(
          `You are number 31 in line\\. The team closes at ${inNewYork} (today|tomorrow) \\(your time\\), likely before your turn: you keep your place, and the answer comes here after it opens at .+\\.`,
        ),
      )
      .waitFor();
    await screenshot(page, 'queue-phone-team-closing', { fullPage: false });
    expect(customer.errors).toEqual([]);
    laura.ws.close();
  });
});
