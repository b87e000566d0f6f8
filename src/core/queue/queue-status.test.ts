import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedMember, seedWorkspace } from '../../../test/seed.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import type { BusinessHours } from '../../shared/schemas/business-hours.js';
import { createTeam } from '../teams/manage-teams.js';
import { setTeamHours } from '../teams/team-hours.js';
import { queueStatus } from './queue-status.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const nineToFive = [{ from: '09:00', to: '17:00' }];
const berlinOffice: BusinessHours = {
  timeZone: 'Europe/Berlin',
  weekly: {
    ...{ sun: [], sat: [] },
    ...{ mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive },
  },
  holidays: [],
};

/** A workspace with one agent and an office-hours team; waiting chats, the team's first. */
async function line(now: Date) {
  const workspaceId = (await seedWorkspace(t.core)).id;
  const agent = await seedMember(t.core, workspaceId);
  const deps = { db: t.db, now: () => now };
  const team = await createTeam(deps, workspaceId, {
    name: 'Office',
    requiredSkills: {},
    memberIds: [],
  });
  await setTeamHours(deps, workspaceId, team.id, berlinOffice);
  const wait = async (teamId: string | null, minutesAgo: number) => {
    const id = randomUUID();
    await t.db.query(
      `insert into conversations (id, workspace_id, team_id, owner, queued_at)
       values ($1, $2, $3, 'queue', $4)`,
      [id, workspaceId, teamId, new Date(now.getTime() - minutesAgo * 60_000)],
    );
    return id;
  };
  const forTeam = await wait(team.id, 10);
  const anyone = await wait(null, 5);
  return { workspaceId, agentId: agent.userId, deps, forTeam, anyone };
}

describe('the queue while a team is closed', () => {
  it('a chat for a closed team waits until it opens, plus the usual estimate; one without a team does not', async () => {
    // Tuesday 08:00 in Berlin: the team opens in an hour. One agent online with three free slots.
    const q = await line(new Date('2026-12-01T07:00:00Z'));
    const places = await queueStatus(q.deps, q.workspaceId, [q.agentId]);
    expect(places).toEqual([
      {
        conversationId: q.forTeam,
        position: 1,
        etaMinutes: 60 + 1,
        opensAt: '2026-12-01T08:00:00.000Z',
      },
      { conversationId: q.anyone, position: 2, etaMinutes: 1 },
    ]);
  });

  it('on a Friday evening the wait runs over the weekend to Monday morning', async () => {
    // Friday 18:00 in Berlin; Monday 09:00 there is 63 hours later.
    const q = await line(new Date('2026-12-04T17:00:00Z'));
    const [place] = await queueStatus(q.deps, q.workspaceId, [q.agentId]);
    expect(place).toMatchObject({ etaMinutes: 63 * 60 + 1, opensAt: '2026-12-07T08:00:00.000Z' });
  });

  it('with nobody online there is no number, but the customer still learns when the team opens', async () => {
    const q = await line(new Date('2026-12-05T12:00:00Z'));
    const [place, other] = await queueStatus(q.deps, q.workspaceId, []);
    expect(place).toMatchObject({ etaMinutes: null, opensAt: '2026-12-07T08:00:00.000Z' });
    expect(other).toEqual({ conversationId: q.anyone, position: 2, etaMinutes: null });
  });

  it('while the team is open its chats get the usual estimate', async () => {
    const q = await line(new Date('2026-12-02T10:00:00Z'));
    const [place] = await queueStatus(q.deps, q.workspaceId, [q.agentId]);
    expect(place).toEqual({ conversationId: q.forTeam, position: 1, etaMinutes: 1 });
  });
});
