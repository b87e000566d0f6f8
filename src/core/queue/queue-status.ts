import { countOpenOwnedBy, listQueue, recentHandleMinutes } from '../../db/queries/queue.js';
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
  const [line, activeLoad, samples] = await Promise.all([
    listQueue(deps.db, workspaceId),
    countOpenOwnedBy(deps.db, workspaceId, onlineAgentIds),
    recentHandleMinutes(deps.db, workspaceId, 50),
  ]);
  const staffing: Staffing = {
    agentsOnline: onlineAgentIds.length,
    activeLoad,
    capacity: DEFAULT_CAPACITY,
    handleMinutes: observedHandleMinutes(samples),
  };
  return line.map((c, i) => ({
    conversationId: c.id,
    position: i + 1,
    etaMinutes: estimateWaitMinutes(i + 1, staffing),
  }));
}
