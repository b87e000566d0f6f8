import { listAgentProfiles } from '../../db/queries/agent-profiles.js';
import {
  countOpenOwnedBy,
  listAnswerers,
  listQueue,
  recentHandleMinutes,
} from '../../db/queries/queue.js';
import type { CoreDeps } from '../deps.js';
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
}

/** Everyone waiting in a workspace's team queue, with their place and expected wait. */
export async function queueStatus(
  deps: Pick<CoreDeps, 'db'>,
  workspaceId: string,
  onlineAgentIds: string[],
): Promise<QueuePlace[]> {
  const [line, profiles, samples] = await Promise.all([
    listQueue(deps.db, workspaceId),
    listAgentProfiles(deps.db, workspaceId),
    recentHandleMinutes(deps.db, workspaceId, 50),
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
  return line.map((c, i) => ({
    conversationId: c.id,
    position: i + 1,
    etaMinutes: estimateWaitMinutes(i + 1, staffing),
  }));
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
