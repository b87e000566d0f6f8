import { listAgentProfiles } from '../../db/queries/agent-profiles.js';
import {
  countOpenOwnedBy,
  listAnswerers,
  listQueue,
  recentHandleMinutes,
} from '../../db/queries/queue.js';
import { listTeams } from '../../db/queries/teams.js';
import type { BusinessHours } from '../../shared/schemas/business-hours.js';
import type { CoreDeps } from '../deps.js';
import { compareWaiting } from '../routing/priority.js';
import { meetsSkills } from '../routing/skills.js';
import { DEFAULT_ROUTER_OPTIONS, type WorkItem } from '../routing/types.js';
import { addBusinessMinutes, closingOf, nextOpening } from '../routing/business-hours.js';
import { openingOf, scheduleOf } from '../teams/team-view.js';
import {
  DEFAULT_CAPACITY,
  estimateWaitMinutes,
  observedHandleMinutes,
  type Staffing,
} from './wait-model.js';

export interface QueuePlace {
  conversationId: string;
  /** 1 is next. */
  position: number;
  /** Null when nobody is online to give an honest estimate. */
  etaMinutes: number | null;
  /**
   * Only when the conversation's team is closed now: when it opens (ISO), or null when its
   * schedule never opens again. The ETA then counts the time until it opens.
   */
  opensAt?: string | null;
  /**
   * Only when the team is open now but closes before this place's estimate is up: when it
   * closes (ISO). `reopensAt` is when it opens again (null: never); the ETA counts the closed
   * hours in between, as the estimate's open minutes run on after them.
   */
  closesAt?: string;
  reopensAt?: string | null;
}

/**
 * Everyone waiting in a workspace's chat lines (one per team, one for chats with no team), with
 * their place in their own line and expected wait from who can serve it. A chat for
 * a team that is closed now waits at least until the team opens: its ETA is the minutes until
 * then plus the usual estimate for its place, and it carries `opensAt` so the customer is told.
 * One whose estimate runs past the team's closing carries `closesAt` and `reopensAt` instead.
 */
export async function queueStatus(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  workspaceId: string,
  onlineAgentIds: string[],
): Promise<QueuePlace[]> {
  const [line, profiles, samples, teams] = await Promise.all([
    listQueue(deps.db, workspaceId),
    listAgentProfiles(deps.db, workspaceId),
    recentHandleMinutes(deps.db, workspaceId, 50),
    listTeams(deps.db, workspaceId),
  ]);
  // Who takes chats now: online, not away, with room for chats at all.
  const online = new Set(onlineAgentIds);
  const taking = profiles.filter(
    (p) => online.has(p.user_id) && p.status === 'available' && (p.capacity.chat ?? 0) > 0,
  );
  const handleMinutes = observedHandleMinutes(samples);
  const now = deps.now();
  const teamById = new Map(teams.map((t) => [t.id, t] as const));
  const schedules = new Map(teams.map((t) => [t.id, scheduleOf(t.business_hours)] as const));
  // A team's chats are answered by its members only; chats for no team by anyone. Each line
  // gets its own place numbers and the staffing that can serve it.
  const lines = new Map<string, typeof line>();
  for (const c of line) {
    const key = c.team_id && teamById.has(c.team_id) ? c.team_id : NO_TEAM;
    lines.set(key, [...(lines.get(key) ?? []), c]);
  }
  const places: QueuePlace[] = [];
  for (const [key, waiting] of lines) {
    // Its members with the skills it requires, as the router assigns.
    const team = key === NO_TEAM ? null : teamById.get(key)!;
    const members = new Set(team?.member_ids);
    const serving = taking.filter(
      (p) => !team || (members.has(p.user_id) && meetsSkills(p.skills, team.required_skills)),
    );
    const staffing: Staffing = {
      agentsOnline: serving.length,
      activeLoad: await countOpenOwnedBy(
        deps.db,
        workspaceId,
        serving.map((p) => p.user_id),
      ),
      capacity: DEFAULT_CAPACITY,
      slots: serving.reduce((sum, p) => sum + (p.capacity.chat ?? 0), 0),
      handleMinutes,
    };
    const schedule = key === NO_TEAM ? null : (schedules.get(key) ?? null);
    const opening = schedule && openingOf(schedule, now);
    // Once per line: when the team closes, if it is open now.
    const closesAt = schedule && opening?.openNow ? closingOf(schedule, now) : null;
    servingOrder(waiting, now).forEach((c, i) => {
      const place = { conversationId: c.id, position: i + 1 };
      const eta = estimateWaitMinutes(i + 1, staffing);
      if (!schedule || !opening) places.push({ ...place, etaMinutes: eta });
      else if (opening.openNow)
        places.push({ ...place, ...closingBefore(schedule, closesAt, eta, now) });
      else places.push({ ...place, ...closedUntil(opening.nextOpening, eta, now) });
    });
  }
  return places;
}

const NO_TEAM = '*';

/** The order the router serves a line: higher (aged) priority first, then who came first. */
function servingOrder<T extends { id: string; priority: WorkItem['priority']; queued_at: Date }>(
  waiting: T[],
  now: Date,
): T[] {
  const agingMs = DEFAULT_ROUTER_OPTIONS.agingMinutes * 60_000;
  const itemOf = (c: T): WorkItem => ({
    id: c.id,
    team: '',
    channel: 'chat',
    skills: {},
    priority: c.priority,
    enqueuedAt: c.queued_at.getTime(),
  });
  return [...waiting].sort((a, b) => compareWaiting(itemOf(a), itemOf(b), now.getTime(), agingMs));
}

type Wait = Omit<QueuePlace, 'conversationId' | 'position'>;

/** While the team is closed, the wait counts the time until it opens. */
function closedUntil(opensAt: Date | null, eta: number | null, now: Date): Wait {
  if (!opensAt) return { etaMinutes: null, opensAt: null };
  const untilOpen = Math.ceil((opensAt.getTime() - now.getTime()) / 60_000);
  // Nobody online now says nothing about who will be there when it opens: no number then.
  const etaMinutes = eta === null ? null : untilOpen + eta;
  return { etaMinutes, opensAt: opensAt.toISOString() };
}

/** Open now: the usual estimate, unless the team closes (at `closesAt`) before it is up. */
function closingBefore(
  schedule: BusinessHours,
  closesAt: Date | null,
  eta: number | null,
  now: Date,
): Wait {
  if (eta === null || !closesAt || closesAt.getTime() >= now.getTime() + eta * 60_000)
    return { etaMinutes: eta };
  const due = addBusinessMinutes(schedule, now, eta);
  return {
    etaMinutes: due && Math.ceil((due.getTime() - now.getTime()) / 60_000),
    closesAt: closesAt.toISOString(),
    reopensAt: nextOpening(schedule, closesAt)?.toISOString() ?? null,
  };
}

/** Of these conversations, those a person has now: who, by conversation. */
export async function answerersOf(
  deps: Pick<CoreDeps, 'db'>,
  workspaceId: string,
  conversationIds: string[],
): Promise<Map<string, { userId: string; name: string }>> {
  const rows = await listAnswerers(deps.db, workspaceId, conversationIds);
  return new Map(rows.map((r) => [r.id, { userId: r.user_id, name: r.name }]));
}
