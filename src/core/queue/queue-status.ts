import { listAgentProfiles } from '../../db/queries/agent-profiles.js';
import {
  countOpenOwnedBy,
  listAnswerers,
  listQueue,
  recentHandleMinutes,
} from '../../db/queries/queue.js';
import { listTeams } from '../../db/queries/teams.js';
import type { CoreDeps } from '../deps.js';
import { compareWaiting } from '../routing/priority.js';
import { DEFAULT_ROUTER_OPTIONS } from '../routing/types.js';
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
}

/**
 * Everyone waiting in a workspace's team queue, with their place and expected wait. A chat for
 * a team that is closed now waits at least until the team opens: its ETA is the minutes until
 * then plus the usual estimate for its place, and it carries `opensAt` so the customer is told.
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
  const ids = taking.map((p) => p.user_id);
  const staffing: Staffing = {
    agentsOnline: taking.length,
    activeLoad: await countOpenOwnedBy(deps.db, workspaceId, ids),
    capacity: DEFAULT_CAPACITY,
    slots: taking.reduce((sum, p) => sum + (p.capacity.chat ?? 0), 0),
    handleMinutes: observedHandleMinutes(samples),
  };
  const now = deps.now();
  const openings = new Map(
    teams.map((t) => [t.id, openingOf(scheduleOf(t.business_hours), now)] as const),
  );
  // The order the router serves them: higher (aged) priority first, then who came first.
  const items = line.map((c) => ({
    row: c,
    item: {
      id: c.id,
      team: '',
      channel: 'chat' as const,
      skills: {},
      priority: c.priority,
      enqueuedAt: c.queued_at.getTime(),
    },
  }));
  const agingMs = DEFAULT_ROUTER_OPTIONS.agingMinutes * 60_000;
  items.sort((a, b) => compareWaiting(a.item, b.item, now.getTime(), agingMs));
  return items.map(({ row: c }, i) => {
    const place = { conversationId: c.id, position: i + 1 };
    const eta = estimateWaitMinutes(i + 1, staffing);
    const opening = c.team_id ? openings.get(c.team_id) : undefined;
    if (!opening || opening.openNow) return { ...place, etaMinutes: eta };
    const opensAt = opening.nextOpening;
    if (!opensAt) return { ...place, etaMinutes: null, opensAt: null };
    const untilOpen = Math.ceil((opensAt.getTime() - now.getTime()) / 60_000);
    // Nobody online now says nothing about who will be there when it opens: no number then.
    const etaMinutes = eta === null ? null : untilOpen + eta;
    return { ...place, etaMinutes, opensAt: opensAt.toISOString() };
  });
}

/** For conversations that just left the line: the person who has each now, by name. */
export async function answerersOf(
  deps: Pick<CoreDeps, 'db'>,
  workspaceId: string,
  conversationIds: string[],
): Promise<Map<string, string>> {
  const rows = await listAnswerers(deps.db, workspaceId, conversationIds);
  return new Map(rows.map((r) => [r.id, r.name]));
}
