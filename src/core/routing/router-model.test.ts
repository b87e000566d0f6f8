import { describe, expect, it } from 'vitest';
import { NaiveRouter, type Pair } from '../../../bench/routing-naive.js';
import { buildAgents, buildItem, seeded } from '../../../bench/routing-workload.js';
import { createRouter } from './router.js';
import type { Presence } from './types.js';

const SHAPE = { agents: 40, teams: 3 };
const AGING_MINUTES = 5;

/** Who got what, ignoring the wording: the indexed router must agree with the plain scan. */
const pairs = (decisions: readonly Pair[]) =>
  decisions.map(({ itemId, agentId }) => ({ itemId, agentId }));

describe('the router against a plain linear scan', () => {
  it.each([1, 2, 3])('makes the same decisions on a random day of traffic (seed %i)', (seed) => {
    const rand = seeded(seed);
    const router = createRouter({ agingMinutes: AGING_MINUTES });
    const naive = new NaiveRouter(AGING_MINUTES * 60_000);
    let now = Date.UTC(2026, 5, 1, 8);
    const agents = buildAgents(rand, SHAPE);
    const held: string[] = [];
    const track = (decisions: readonly Pair[]) => {
      for (const d of decisions) {
        const i = held.indexOf(d.itemId);
        if (i >= 0) held.splice(i, 1);
        if (d.agentId) held.push(d.itemId);
      }
    };
    const moves = new Map<string, number>();
    const both = (ours: readonly Pair[], theirs: readonly Pair[], move = 'setup') => {
      moves.set(move, (moves.get(move) ?? 0) + 1);
      expect(pairs(ours)).toEqual(theirs);
      track(theirs);
    };
    for (const a of agents) both(router.upsertAgent(a, now), naive.upsertAgent(a, now));
    const teams = Array.from({ length: SHAPE.teams }, (_, t) => `team-${t}`);
    let [mostHeld, longestLine] = [0, 0];
    const randomOf = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
    for (let step = 0; step < 3000; step++) {
      now += Math.floor(rand() * 40_000);
      const r = rand();
      const line = naive.waitingIds();
      if (r < 0.45 || held.length === 0) {
        const item = buildItem(rand, SHAPE, `item-${step}`, now);
        both(router.enqueue(item, now), naive.enqueue(item, now), 'enqueue');
      } else if (r < 0.75) {
        const id = randomOf(held);
        both(router.release(id, now), naive.release(id, now), 'release');
      } else if (r < 0.8) {
        const id = randomOf(held);
        both(router.requeue(id, now), naive.requeue(id, now), 'requeue');
      } else if (r < 0.84) {
        const [id, to] = [randomOf(held), randomOf(agents).id];
        both(
          router.transfer(id, naive.holderOf(id)!, to, now),
          naive.transfer(id, to, now),
          'transfer',
        );
      } else if (r < 0.87 && line.length > 0) {
        const [id, by] = [randomOf(line), randomOf(agents).id];
        both(router.take(id, by, now), naive.take(id, by, now), 'take');
      } else if (r < 0.89) {
        const by = randomOf(agents).id;
        both(router.requeueHeldBy(by, now), naive.requeueHeldBy(by, now), 'requeueHeldBy');
      } else {
        const agent = randomOf(agents);
        const presence: Presence = rand() < 0.6 ? 'online' : rand() < 0.5 ? 'away' : 'offline';
        both(
          router.setPresence(agent.id, presence, now),
          naive.setPresence(agent.id, presence, now),
          'presence',
        );
      }
      mostHeld = Math.max(mostHeld, held.length);
      longestLine = Math.max(
        longestLine,
        teams.reduce((n, t) => n + router.waiting(t), 0),
      );
    }
    // The day must have had both busy agents and a line, or the comparison proves little.
    expect(mostHeld).toBeGreaterThan(50);
    expect(longestLine).toBeGreaterThan(50);
    // Every kind of move was made often enough to matter.
    expect(moves.size).toBe(8);
    expect(Math.min(...moves.values())).toBeGreaterThanOrEqual(20);
  });
});
