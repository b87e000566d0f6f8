import type { Db } from '../../db/db.js';
import { listAgentProfiles } from '../../db/queries/agent-profiles.js';
import {
  countBookedSlots,
  countCallsAhead,
  recentVoiceHandleMinutes,
  voiceLoadByAgent,
} from '../../db/queries/callback-capacity.js';
import { listTeams } from '../../db/queries/teams.js';
import type { CallbackSettings, SlotView } from '../../shared/schemas/callbacks.js';
import { observedHandleMinutes } from '../queue/wait-model.js';
import { DAY_MS, MINUTE_MS } from '../routing/zoned-time.js';
import { callersOf, schedulesOf, type Caller, type Schedules } from './callers.js';
import { nowOffer, type NowOffer } from './call-now.js';
import { freeSlots } from './slots.js';

/** Who can call back in a workspace, and the opening hours of their teams. */
export interface CallTeam {
  callers: Caller[];
  schedules: Schedules;
}

export async function loadCallTeam(
  db: Db,
  workspaceId: string,
  settings: CallbackSettings,
): Promise<CallTeam> {
  const [agents, teams] = await Promise.all([
    listAgentProfiles(db, workspaceId),
    listTeams(db, workspaceId),
  ]);
  return { callers: callersOf(agents, settings.teamId), schedules: schedulesOf(teams) };
}

/** Whether "Call me now" can be promised at `now`, from live staffing and calls ahead. */
export async function nowOfferFor(
  db: Db,
  workspaceId: string,
  settings: CallbackSettings,
  team: CallTeam,
  online: readonly string[],
  now: Date,
): Promise<NowOffer> {
  if (!team.callers.length) return { offered: false, etaMinutes: null };
  const until = new Date(now.getTime() + settings.promiseMinutes * MINUTE_MS);
  const [load, ahead, samples] = await Promise.all([
    voiceLoadByAgent(db, workspaceId),
    countCallsAhead(db, workspaceId, until),
    recentVoiceHandleMinutes(db, workspaceId, 50),
  ]);
  return nowOffer({
    now,
    ...team,
    online: new Set(online),
    load: new Map(load.map((r) => [r.agent_id, r.n])),
    ahead,
    handleMinutes: observedHandleMinutes(samples),
    promiseMinutes: settings.promiseMinutes,
  });
}

/** The bookable slots from `now` over the workspace's days ahead. */
export async function openSlotsFor(
  db: Db,
  workspaceId: string,
  settings: CallbackSettings,
  team: CallTeam,
  now: Date,
): Promise<SlotView[]> {
  if (!team.callers.length) return [];
  const to = new Date(now.getTime() + settings.daysAhead * DAY_MS);
  const booked = await countBookedSlots(db, workspaceId, now, to);
  return freeSlots({
    now,
    slotMinutes: settings.slotMinutes,
    daysAhead: settings.daysAhead,
    ...team,
    booked: new Map(booked.map((r) => [r.slot_start.getTime(), r.n])),
  });
}
