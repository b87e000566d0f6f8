// The two moves every routing decision is made of: an item looks for an agent (on arrival or
// return), and an agent with room looks for items (when its capacity frees or it comes online).
import { lanesOf, type AgentState } from './classes.js';
import type { ItemQueue } from './item-queue.js';
import { describeDrain, describePick, describeWait } from './describe.js';
import { freeIn } from './free-agents.js';
import { pickAgent, whyWaiting } from './pick-agent.js';
import { agedRank } from './priority.js';
import { addWaiting, assign, classFor, removeWaiting, type RouterState } from './state.js';
import type { Channel, Millis, RoutingDecision, WorkItem } from './types.js';

/**
 * Gives a new or returning item to the best free eligible agent, or puts it in line. Every
 * operation leaves no online agent with room that qualifies for a waiting item, so an item
 * whose class already has a line waits without looking at anyone, and otherwise it only needs
 * an agent, not a place relative to other items. `excludeId` is an agent who just gave it back.
 */
export function routeItem(
  state: RouterState,
  item: WorkItem,
  now: Millis,
  out: RoutingDecision[],
  excludeId?: string,
): void {
  const cls = classFor(state, item);
  const pick =
    cls.size > 0
      ? whyWaiting(cls, excludeId)
      : pickAgent(cls, freeIn(state, cls.team, cls.channel), excludeId);
  if (pick.agent) {
    out.push({
      itemId: item.id,
      agentId: pick.agent.id,
      reason: pick.reason,
      detail: describePick(pick, cls.channel, now),
    });
    assign(state, item, pick.agent, now);
    return;
  }
  addWaiting(state, cls, item);
  out.push({
    itemId: item.id,
    agentId: null,
    reason: pick.reason,
    detail: describeWait(pick, cls),
  });
}

/**
 * Hands an agent the best waiting items it qualifies for, one after another, while it is online
 * and has room on the channel. Only the head of each (class, base priority) queue can be the
 * best — aging keeps the oldest of a queue on top — so one step costs the number of the
 * agent's classes, not the length of the line.
 */
export function drainAgent(
  state: RouterState,
  agent: AgentState,
  channel: Channel,
  now: Millis,
  trigger: 'capacity_freed' | 'agent_available',
  out: RoutingDecision[],
): void {
  const lanes = lanesOf(agent, channel);
  const cap = agent.capacity.get(channel) ?? 0;
  while (agent.presence === 'online' && (agent.load.get(channel) ?? 0) < cap) {
    const best = bestWaiting(lanes, now, state.agingMs);
    if (!best) return;
    out.push({
      itemId: best.item.id,
      agentId: agent.id,
      reason: trigger,
      detail: describeDrain(agent, best.item, best.rank, trigger, now),
    });
    removeWaiting(state, best.item);
    assign(state, best.item, agent, now);
  }
}

/** Drains every channel the agent takes. */
export function drainAll(
  state: RouterState,
  agent: AgentState,
  now: Millis,
  trigger: 'capacity_freed' | 'agent_available',
  out: RoutingDecision[],
): void {
  for (const channel of agent.capacity.keys()) drainAgent(state, agent, channel, now, trigger, out);
}

/** The best head among the lanes: highest rank after aging, then earliest, then smallest id. */
function bestWaiting(lanes: readonly ItemQueue[], now: Millis, agingMs: number) {
  let item: WorkItem | undefined;
  let rank = -1;
  for (const lane of lanes) {
    const head = lane.peek();
    if (!head) continue;
    const r = agedRank(lane.base, now - head.enqueuedAt, agingMs);
    if (r < rank) continue;
    if (
      r > rank ||
      head.enqueuedAt < item!.enqueuedAt ||
      (head.enqueuedAt === item!.enqueuedAt && head.id < item!.id)
    ) {
      item = head;
      rank = r;
    }
  }
  return item ? { item, rank } : undefined;
}
