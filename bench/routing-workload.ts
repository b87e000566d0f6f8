// A synthetic contact centre for `bench routing` and the router's randomised test: teams with
// overlapping members, language and product skills at levels, per-channel capacities, and a
// stream of items with a realistic mix of channels, skill needs and priorities. Seeded, so
// every run (and both implementations) sees exactly the same workspace.
import type { AgentProfile, Priority, WorkItem } from '../src/core/routing/types.js';

export type Rand = () => number;

/** A small seeded generator (mulberry32): the same seed gives the same workload everywhere. */
export function seeded(seed: number): Rand {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LANGUAGES = ['de', 'fr', 'es', 'nl'];
const PRODUCTS = ['billing', 'shipping', 'returns', 'tech'];

const int = (rand: Rand, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

export interface WorkloadShape {
  agents: number;
  teams: number;
}

/** Agents spread over the teams, a quarter of them in a second team too. */
export function buildAgents(rand: Rand, shape: WorkloadShape): AgentProfile[] {
  return Array.from({ length: shape.agents }, (_, i) => {
    const teams = [`team-${i % shape.teams}`];
    if (rand() < 0.25) teams.push(`team-${int(rand, 0, shape.teams - 1)}`);
    const skills: Record<string, number> = { en: int(rand, 3, 5) };
    if (rand() < 0.6) skills[pick(rand, LANGUAGES)] = int(rand, 1, 5);
    for (const product of PRODUCTS) if (rand() < 0.5) skills[product] = int(rand, 1, 5);
    const capacity: Record<string, number> = { chat: int(rand, 2, 4), email: int(rand, 3, 6) };
    if (rand() < 0.4) capacity.voice = 1;
    return {
      id: `agent-${String(i).padStart(4, '0')}`,
      teams,
      skills,
      capacity,
      presence: 'online',
    };
  });
}

function priority(rand: Rand): Priority {
  const r = rand();
  return r < 0.05 ? 'urgent' : r < 0.2 ? 'high' : r < 0.8 ? 'normal' : 'low';
}

/** One item: 60% chat, 30% email, 10% voice; a language and often a product, at levels 1–3. */
export function buildItem(rand: Rand, shape: WorkloadShape, id: string, at: number): WorkItem {
  const r = rand();
  const channel = r < 0.6 ? 'chat' : r < 0.9 ? 'email' : 'voice';
  const skills: Record<string, number> = {};
  skills[rand() < 0.7 ? 'en' : pick(rand, LANGUAGES)] = int(rand, 1, 3);
  if (rand() < 0.6) skills[pick(rand, PRODUCTS)] = int(rand, 1, 3);
  return {
    id,
    team: `team-${int(rand, 0, shape.teams - 1)}`,
    channel,
    skills,
    priority: priority(rand),
    enqueuedAt: at,
  };
}
