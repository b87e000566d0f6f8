// The baseline for `bench routing`, and the reference model the router's randomised test
// checks it against: the same rules written the obvious way, a linear scan over every agent
// (new item) or every waiting item (freed slot) per decision. No indexes, no shortcuts.
import {
  PRIORITIES,
  type AgentProfile,
  type Presence,
  type WorkItem,
} from '../src/core/routing/types.js';

/** Who got what: the part of a decision both implementations must agree on. */
export interface Pair {
  itemId: string;
  agentId: string | null;
}

interface NaiveAgent {
  profile: AgentProfile;
  presence: Presence;
  load: Record<string, number>;
  idleSince: number;
}

export class NaiveRouter {
  private agents: NaiveAgent[] = [];
  private line: WorkItem[] = [];
  private held = new Map<string, { item: WorkItem; agent: NaiveAgent }>();

  constructor(private readonly agingMs: number) {}

  upsertAgent(profile: AgentProfile, now: number, idleSince = now): Pair[] {
    let agent = this.agents.find((a) => a.profile.id === profile.id);
    if (!agent) this.agents.push((agent = { profile, presence: 'offline', load: {}, idleSince }));
    agent.profile = profile;
    agent.presence = profile.presence;
    return this.drainAll(agent, now);
  }

  setPresence(agentId: string, presence: Presence, now: number): Pair[] {
    const agent = this.agentOf(agentId);
    if (agent.presence === presence) return [];
    agent.presence = presence;
    return presence === 'online' ? this.drainAll(agent, now) : [];
  }

  enqueue(item: WorkItem, now: number, excludeId?: string): Pair[] {
    let best: NaiveAgent | undefined;
    for (const agent of this.agents) {
      if (agent.profile.id === excludeId) continue;
      if (!this.eligible(agent, item) || !this.hasRoom(agent, item.channel)) continue;
      if (!best || this.agentFirst(agent, best, item.channel)) best = agent;
    }
    if (!best) {
      this.line.push(item);
      return [{ itemId: item.id, agentId: null }];
    }
    this.assign(item, best, now);
    return [{ itemId: item.id, agentId: best.profile.id }];
  }

  release(itemId: string, now: number): Pair[] {
    const entry = this.unhold(itemId, now);
    if (!entry) return [];
    return [{ itemId, agentId: null }, ...this.drain(entry.agent, entry.item.channel, now)];
  }

  take(itemId: string, agentId: string, now: number): Pair[] {
    const i = this.line.findIndex((x) => x.id === itemId);
    if (i < 0) return [];
    const [item] = this.line.splice(i, 1);
    this.assign(item!, this.agentOf(agentId), now);
    return [{ itemId, agentId }];
  }

  transfer(itemId: string, toAgentId: string, now: number): Pair[] {
    if (this.holderOf(itemId) === toAgentId) return [];
    const entry = this.unhold(itemId, now);
    if (!entry) return [];
    this.assign(entry.item, this.agentOf(toAgentId), now);
    const refill = this.drain(entry.agent, entry.item.channel, now);
    return [{ itemId, agentId: toAgentId }, ...refill];
  }

  requeue(itemId: string, now: number): Pair[] {
    const entry = this.unhold(itemId, now);
    if (!entry) return [];
    const routed = this.enqueue(entry.item, now, entry.agent.profile.id);
    return [...routed, ...this.drain(entry.agent, entry.item.channel, now)];
  }

  requeueHeldBy(agentId: string, now: number): Pair[] {
    const ids = [...this.held].filter(([, e]) => e.agent.profile.id === agentId).map(([id]) => id);
    const items = ids.map((id) => this.unhold(id, now)!.item);
    items.sort((a, b) => (this.itemFirst(a, b, now) ? -1 : 1));
    const routed = items.flatMap((item) => this.enqueue(item, now, agentId));
    return [...routed, ...this.drainAll(this.agentOf(agentId), now)];
  }

  /** What waits, and who holds what: the model test picks its next move from these. */
  waitingIds(): string[] {
    return this.line.map((item) => item.id);
  }

  holderOf(itemId: string): string | undefined {
    return this.held.get(itemId)?.agent.profile.id;
  }

  private agentOf(id: string): NaiveAgent {
    return this.agents.find((a) => a.profile.id === id)!;
  }

  private unhold(itemId: string, now: number) {
    const entry = this.held.get(itemId);
    if (!entry) return undefined;
    this.held.delete(itemId);
    entry.agent.load[entry.item.channel]!--;
    entry.agent.idleSince = now;
    return entry;
  }

  private drainAll(agent: NaiveAgent, now: number): Pair[] {
    return Object.keys(agent.profile.capacity).flatMap((ch) => this.drain(agent, ch, now));
  }

  private drain(agent: NaiveAgent, channel: string, now: number): Pair[] {
    const out: Pair[] = [];
    while (this.hasRoom(agent, channel)) {
      let best = -1;
      for (let i = 0; i < this.line.length; i++) {
        const item = this.line[i]!;
        if (item.channel !== channel || !this.eligible(agent, item)) continue;
        if (best < 0 || this.itemFirst(item, this.line[best]!, now)) best = i;
      }
      if (best < 0) break;
      const [item] = this.line.splice(best, 1);
      this.assign(item!, agent, now);
      out.push({ itemId: item!.id, agentId: agent.profile.id });
    }
    return out;
  }

  private eligible(agent: NaiveAgent, item: WorkItem): boolean {
    const p = agent.profile;
    if (!p.teams.includes(item.team) || !((p.capacity[item.channel] ?? 0) > 0)) return false;
    return Object.entries(item.skills).every(([name, level]) => (p.skills[name] ?? 0) >= level);
  }

  private hasRoom(agent: NaiveAgent, channel: string): boolean {
    const cap = agent.profile.capacity[channel] ?? 0;
    return agent.presence === 'online' && (agent.load[channel] ?? 0) < cap;
  }

  private agentFirst(a: NaiveAgent, b: NaiveAgent, channel: string): boolean {
    const shareA = (a.load[channel] ?? 0) / a.profile.capacity[channel]!;
    const shareB = (b.load[channel] ?? 0) / b.profile.capacity[channel]!;
    if (shareA !== shareB) return shareA < shareB;
    if (a.idleSince !== b.idleSince) return a.idleSince < b.idleSince;
    return a.profile.id < b.profile.id;
  }

  private itemFirst(a: WorkItem, b: WorkItem, now: number): boolean {
    const rank = (x: WorkItem) =>
      Math.min(
        PRIORITIES.length - 1,
        PRIORITIES.indexOf(x.priority) + Math.floor((now - x.enqueuedAt) / this.agingMs),
      );
    if (rank(a) !== rank(b)) return rank(a) > rank(b);
    if (a.enqueuedAt !== b.enqueuedAt) return a.enqueuedAt < b.enqueuedAt;
    return a.id < b.id;
  }

  private assign(item: WorkItem, agent: NaiveAgent, now: number): void {
    agent.load[item.channel] = (agent.load[item.channel] ?? 0) + 1;
    agent.idleSince = now;
    this.held.set(item.id, { item, agent });
  }
}
