import type { AgentState, RoutingClass } from './classes.js';
import type { AssignReason, Channel, WaitReason } from './types.js';

export type Pick =
  | { agent: AgentState; reason: AssignReason; runnerUp: AgentState | undefined }
  | { agent: null; reason: WaitReason; qualified: number; online: number };

/**
 * The free eligible agent for an item of this class, or why there is none. The team's free
 * list is in routing order, so the first two agents of the class found in it are the winner
 * and the runner-up (kept so the reason can say what decided).
 */
export function pickAgent(
  cls: RoutingClass,
  free: readonly AgentState[] | undefined,
  excludeId?: string,
): Pick {
  let best: AgentState | undefined;
  let next: AgentState | undefined;
  for (const agent of free ?? []) {
    if (agent.id === excludeId || !agent.classes.get(cls.channel)?.has(cls)) continue;
    if (best) {
      next = agent;
      break;
    }
    best = agent;
  }
  if (!best) return whyWaiting(cls, excludeId);
  return { agent: best, reason: reasonFor(best, next, cls.channel), runnerUp: next };
}

/** Why an item of this class waits, when no agent is free for it. */
export function whyWaiting(cls: RoutingClass, excludeId?: string): Extract<Pick, { agent: null }> {
  const qualified = cls.agents.length;
  const excluded = excludeId === undefined ? undefined : cls.agents.find((a) => a.id === excludeId);
  const online = cls.online - (excluded?.presence === 'online' ? 1 : 0);
  const reason: WaitReason =
    qualified === 0
      ? 'no_qualified_agent'
      : online === 0
        ? 'no_eligible_agent_online'
        : 'all_at_capacity';
  return { agent: null, reason, qualified, online };
}

/** What separated the winner from the runner-up, for the decision's reason. */
function reasonFor(best: AgentState, next: AgentState | undefined, channel: Channel): AssignReason {
  if (!next) return 'only_available';
  if (!tiedOnLoad(best, next, channel)) return 'least_load';
  return best.idleSince !== next.idleSince ? 'longest_idle' : 'id_order';
}

const tiedOnLoad = (a: AgentState, b: AgentState, channel: Channel) =>
  (a.load.get(channel) ?? 0) * b.capacity.get(channel)! ===
  (b.load.get(channel) ?? 0) * a.capacity.get(channel)!;
