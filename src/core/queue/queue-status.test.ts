import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedMember, seedWorkspace } from '../../../test/seed.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import type { BusinessHours } from '../../shared/schemas/business-hours.js';
import { setAgentProfile } from '../teams/agent-profiles.js';
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

/** A chat waiting in the queue since `minutesAgo` before `now`. */
async function waiting(workspaceId: string, teamId: string | null, now: Date, minutesAgo: number) {
  const id = randomUUID();
  await t.db.query(
    `insert into conversations (id, workspace_id, team_id, owner, queued_at)
     values ($1, $2, $3, 'queue', $4)`,
    [id, workspaceId, teamId, new Date(now.getTime() - minutesAgo * 60_000)],
  );
  return id;
}

/** A workspace with one agent in an office-hours team; waiting chats, the team's first. */
async function line(now: Date) {
  const workspaceId = (await seedWorkspace(t.core)).id;
  const agent = await seedMember(t.core, workspaceId);
  const deps = { db: t.db, now: () => now };
  const team = await createTeam(deps, workspaceId, {
    name: 'Office',
    requiredSkills: {},
    memberIds: [agent.userId],
  });
  await setTeamHours(deps, workspaceId, team.id, berlinOffice);
  const wait = (teamId: string | null, minutesAgo: number) =>
    waiting(workspaceId, teamId, now, minutesAgo);
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
      { conversationId: q.anyone, position: 1, etaMinutes: 1 },
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
    expect(other).toEqual({ conversationId: q.anyone, position: 1, etaMinutes: null });
  });

  it('when the team closes before the estimate is up, the wait runs on after it opens again', async () => {
    // Friday 16:59:30 in Berlin, half a minute before closing, with a one-minute estimate: the
    // other half minute comes after Monday 09:00 (08:00Z), 64 hours and one minute from now.
    const q = await line(new Date('2026-12-04T15:59:30Z'));
    const [place] = await queueStatus(q.deps, q.workspaceId, [q.agentId]);
    expect(place).toEqual({
      conversationId: q.forTeam,
      position: 1,
      etaMinutes: 64 * 60 + 1,
      closesAt: '2026-12-04T16:00:00.000Z',
      reopensAt: '2026-12-07T08:00:00.000Z',
    });
    // A minute earlier the estimate is up before closing: nothing about it is said.
    const early = await line(new Date('2026-12-04T15:58:00Z'));
    const [before] = await queueStatus(early.deps, early.workspaceId, [early.agentId]);
    expect(before).toEqual({ conversationId: early.forTeam, position: 1, etaMinutes: 1 });
  });

  it('while the team is open its chats get the usual estimate', async () => {
    const q = await line(new Date('2026-12-02T10:00:00Z'));
    const [place] = await queueStatus(q.deps, q.workspaceId, [q.agentId]);
    expect(place).toEqual({ conversationId: q.forTeam, position: 1, etaMinutes: 1 });
  });
});

describe('one line per team', () => {
  it('counts places within each team, and waits from the people who can answer each', async () => {
    const now = new Date('2026-12-02T10:00:00Z');
    const deps = { db: t.db, now: () => now };
    const workspaceId = (await seedWorkspace(t.core)).id;
    const billingAgent = await seedMember(t.core, workspaceId);
    const make = (name: string, memberIds: string[]) =>
      createTeam(deps, workspaceId, { name, requiredSkills: {}, memberIds });
    const billing = await make('Billing', [billingAgent.userId]);
    const returns = await make('Returns', []);
    const wait = (teamId: string, minutesAgo: number) =>
      waiting(workspaceId, teamId, now, minutesAgo);
    const returnsFirst = await wait(returns.id, 30);
    const billingFirst = await wait(billing.id, 20);
    const billingSecond = await wait(billing.id, 10);
    const places = await queueStatus(deps, workspaceId, [billingAgent.userId]);
    const of = (id: string) => places.find((p) => p.conversationId === id);
    // Billing's customers are first and second in Billing's line, whoever waits for Returns.
    expect(of(billingFirst)).toMatchObject({ position: 1, etaMinutes: 1 });
    expect(of(billingSecond)).toMatchObject({ position: 2 });
    expect(of(billingSecond)!.etaMinutes).toEqual(expect.any(Number));
    // Nobody in Returns is online: no made-up number for its customer.
    expect(of(returnsFirst)).toMatchObject({ position: 1, etaMinutes: null });
  });

  it('counts only the members with the skills the team requires, as the router assigns', async () => {
    const now = new Date('2026-12-02T10:00:00Z');
    const deps = { db: t.db, now: () => now };
    const workspaceId = (await seedWorkspace(t.core)).id;
    const [speaker, learner] = [
      await seedMember(t.core, workspaceId),
      await seedMember(t.core, workspaceId),
    ];
    const profile = (skills: Record<string, number>) => ({
      skills,
      capacity: { chat: 3, email: 5, voice: 1 },
    });
    await setAgentProfile(deps, workspaceId, speaker.userId, profile({ german: 4 }));
    await setAgentProfile(deps, workspaceId, learner.userId, profile({ german: 1 }));
    const team = await createTeam(deps, workspaceId, {
      name: 'German',
      requiredSkills: { german: 3 },
      memberIds: [speaker.userId, learner.userId],
    });
    const chat = await waiting(workspaceId, team.id, now, 5);
    // Only the member who cannot take its chats is online: nobody can answer, so no number.
    const [alone] = await queueStatus(deps, workspaceId, [learner.userId]);
    expect(alone).toEqual({ conversationId: chat, position: 1, etaMinutes: null });
    const [served] = await queueStatus(deps, workspaceId, [learner.userId, speaker.userId]);
    expect(served).toEqual({ conversationId: chat, position: 1, etaMinutes: 1 });
  });
});
