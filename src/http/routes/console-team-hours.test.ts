import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedMember, seedWorkspace } from '../../../test/seed.js';
import { ConsoleClient, createTestApp, type TestApp } from '../../../test/test-app.js';
import { listWorkspaceTeams } from '../../core/teams/manage-teams.js';
import { setTeamHours } from '../../core/teams/team-hours.js';
import type { BusinessHours } from '../../shared/schemas/business-hours.js';
import type { TeamView } from '../../shared/schemas/routing.js';

let t: TestApp;
let owner: ConsoleClient;
let agent: ConsoleClient;
let otherOwner: ConsoleClient;
let workspaceId: string;

const signedIn = async (wsId: string, role: 'owner' | 'agent') => {
  const m = await seedMember(t.core, wsId, { role });
  const client = new ConsoleClient(t);
  await client.logIn(m.email, m.password!);
  return client;
};

beforeAll(async () => {
  t = await createTestApp();
  workspaceId = (await seedWorkspace(t.core)).id;
  owner = await signedIn(workspaceId, 'owner');
  agent = await signedIn(workspaceId, 'agent');
  otherOwner = await signedIn((await seedWorkspace(t.core)).id, 'owner');
});
afterAll(() => t.close());

const nineToFive = [{ from: '09:00', to: '17:00' }];
const officeHours: BusinessHours = {
  timeZone: 'Europe/Berlin',
  weekly: {
    ...{ sun: [], sat: [] },
    ...{ mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive },
  },
  holidays: ['2026-12-25'],
};

async function newTeam(name: string): Promise<TeamView> {
  const res = await owner.send('POST', '/api/console/teams', { name });
  return (await res.json()) as TeamView;
}
const setHours = (client: ConsoleClient, id: string, businessHours: unknown) =>
  client.send('PUT', `/api/console/teams/${id}/hours`, { businessHours });
const stored = async (id: string) => {
  const { teams } = (await (await owner.get('/api/console/teams')).json()) as { teams: TeamView[] };
  return teams.find((x) => x.id === id)!;
};

describe('team business hours in the console API', () => {
  it('a new team is always open until an owner sets its hours', async () => {
    const team = await newTeam('Always there');
    expect(team).toMatchObject({ businessHours: null, openNow: true, nextOpening: null });
  });

  it('an owner sets a team’s hours, everyone reads them back, and clearing makes it always open', async () => {
    const team = await newTeam('Office');
    const res = await setHours(owner, team.id, officeHours);
    expect(res.status).toBe(200);
    const saved = (await res.json()) as TeamView;
    expect(saved.businessHours).toMatchObject({
      timeZone: 'Europe/Berlin',
      weekly: { mon: nineToFive, sat: [], sun: [] },
      holidays: ['2026-12-25'],
    });
    // Open or closed depends on the real clock here; the two must agree either way.
    expect(saved.openNow).toBe(saved.nextOpening === null);
    const seen = (await (await agent.get('/api/console/teams')).json()) as { teams: TeamView[] };
    expect(seen.teams.find((x) => x.id === team.id)!.businessHours).toEqual(saved.businessHours);

    const cleared = await setHours(owner, team.id, null);
    expect(await cleared.json()).toMatchObject({ businessHours: null, openNow: true });
    expect((await stored(team.id)).businessHours).toBeNull();
  });

  it('hours around the clock, every day 00:00–24:00, are stored and read back as open now', async () => {
    const team = await newTeam('Night and day');
    const day = [{ from: '00:00', to: '24:00' }];
    const always = {
      timeZone: 'UTC',
      weekly: { sun: day, mon: day, tue: day, wed: day, thu: day, fri: day, sat: day },
      holidays: [],
    };
    expect((await setHours(owner, team.id, always)).status).toBe(200);
    expect(await stored(team.id)).toMatchObject({ openNow: true, nextOpening: null });
  });

  it('a closed team says when it opens next, counting the time zone and skipping the holiday', async () => {
    const team = await newTeam('Christmas desk');
    // Thursday 2026-12-24, 18:00 in Berlin: Friday the 25th is a holiday, so Monday 09:00.
    const christmasEve = { db: t.db, now: () => new Date('2026-12-24T17:00:00Z') };
    const saved = await setTeamHours(christmasEve, workspaceId, team.id, officeHours);
    expect(saved).toMatchObject({ openNow: false, nextOpening: '2026-12-28T08:00:00.000Z' });
    const mondayMorning = { db: t.db, now: () => new Date('2026-12-28T08:30:00Z') };
    const [open] = (await listWorkspaceTeams(mondayMorning, workspaceId)).filter(
      (x) => x.id === team.id,
    );
    expect(open).toMatchObject({ openNow: true, nextOpening: null });
  });

  it('refuses an unknown time zone, overlapping intervals and a bad holiday clearly, changing nothing', async () => {
    const team = await newTeam('Strict');
    await setHours(owner, team.id, officeHours);
    const refusals = [
      [{ ...officeHours, timeZone: 'Mars/Olympus' }, 'unknown time zone "Mars/Olympus"'],
      [
        { ...officeHours, weekly: { mon: [nineToFive[0], { from: '12:00', to: '18:00' }] } },
        'businessHours.weekly.mon (intervals of one day must not overlap)',
      ],
      [{ ...officeHours, holidays: ['2026-02-30'] }, 'use a real date like 2026-12-25'],
      [{ ...officeHours, weekly: { mon: [{ from: '9am', to: '17:00' }] } }, '24-hour time'],
    ] as const;
    for (const [hours, message] of refusals) {
      const res = await setHours(owner, team.id, hours);
      expect(res.status).toBe(400);
      const { error } = (await res.json()) as { error: { message: string } };
      expect(error.message).toContain(message);
    }
    expect((await stored(team.id)).businessHours?.timeZone).toBe('Europe/Berlin');
  });

  it('an agent cannot set hours, and another workspace’s team is not found', async () => {
    const team = await newTeam('Guarded');
    expect((await setHours(agent, team.id, null)).status).toBe(403);
    expect((await setHours(otherOwner, team.id, officeHours)).status).toBe(404);
    expect((await setHours(owner, 'not-a-team', officeHours)).status).toBe(404);
    expect((await stored(team.id)).businessHours).toBeNull();
  });
});
