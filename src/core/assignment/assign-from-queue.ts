import { insertRoutingDecisions, lockAgentLoad } from '../../db/queries/routing.js';
import { changeOwner } from '../conversations/change-owner.js';
import type { ConversationDeps } from '../conversations/realtime-deps.js';

/**
 * Gives a waiting conversation to the agent the router chose, and records why — only if it is
 * still waiting and the agent still has room on its channel. Both are checked under locks in
 * the same transaction, so another server node that routed at the same moment cannot overfill
 * the agent. Returns false when the world had moved on (the caller reloads and decides again).
 */
export async function assignFromQueue(
  deps: ConversationDeps,
  input: {
    workspaceId: string;
    conversationId: string;
    agentId: string;
    capacity: number;
    reason: string;
    detail: string;
  },
): Promise<boolean> {
  const { changed } = await changeOwner(deps, {
    workspaceId: input.workspaceId,
    conversationId: input.conversationId,
    change: { type: 'assign', userId: input.agentId },
    actorId: null,
    onlyIf: async (tx, row) => {
      if (row.owner !== 'queue' || row.status !== 'open') return false;
      const load = await lockAgentLoad(tx, input.workspaceId, input.agentId, row.channel);
      if (load >= input.capacity) return false;
      await insertRoutingDecisions(tx, input.workspaceId, [
        {
          conversation_id: input.conversationId,
          agent_id: input.agentId,
          reason: input.reason,
          detail: input.detail,
        },
      ]);
      return true;
    },
  });
  return changed;
}
