import { describe, expect, it } from 'vitest';
import { createRouter } from './router.js';
import { agent, item, MIN, T0 } from './router.test-helpers.js';

/** Laura online with one chat slot, holding `busy`, and `waiting` in line behind it. */
function fullHouse(waiting: string[]) {
  const router = createRouter();
  router.upsertAgent(agent('laura', { capacity: { chat: 1 } }), T0);
  router.enqueue(item('busy'), T0);
  waiting.forEach((id, i) => router.enqueue(item(id, i + 1), T0 + (i + 1) * MIN));
  return router;
}

describe('draining the line the moment capacity frees', () => {
  it('gives the freed slot to the next waiting item when an item is released', () => {
    const router = fullHouse(['a', 'b']);
    const decisions = router.release('busy', T0 + 5 * MIN);
    expect(decisions.map((d) => [d.itemId, d.agentId, d.reason])).toEqual([
      ['busy', null, 'released'],
      ['a', 'laura', 'capacity_freed'],
    ]);
    expect(router.heldBy('laura')).toEqual(['a']);
    expect(router.positionOf('b', T0 + 5 * MIN)?.position).toBe(1);
  });

  it('fills every free slot of an agent who comes online', () => {
    const router = createRouter();
    router.upsertAgent(agent('laura', { presence: 'offline' }), T0);
    ['a', 'b', 'c', 'd'].forEach((id, i) => router.enqueue(item(id, i), T0 + i * MIN));
    const decisions = router.setPresence('laura', 'online', T0 + 5 * MIN);
    expect(decisions.map((d) => d.itemId)).toEqual(['a', 'b', 'c']);
    expect(decisions.every((d) => d.reason === 'agent_available')).toBe(true);
    expect(router.waiting('support')).toBe(1);
    expect(router.setPresence('laura', 'online', T0 + 6 * MIN)).toEqual([]);
  });

  it('drains into an agent who joins the team or gains capacity', () => {
    const router = fullHouse(['a', 'b']);
    expect(router.upsertAgent(agent('sam'), T0 + 2 * MIN).map((d) => d.itemId)).toEqual(['a', 'b']);
    // Sam takes c with his last slot; d and e wait until Laura is given a second slot.
    for (const id of ['c', 'd', 'e']) router.enqueue(item(id, 3), T0 + 3 * MIN);
    expect(router.heldBy('sam')).toEqual(['a', 'b', 'c']);
    const more = router.upsertAgent(agent('laura', { capacity: { chat: 2 } }), T0 + 4 * MIN);
    expect(more).toMatchObject([{ itemId: 'd', agentId: 'laura', reason: 'agent_available' }]);
    expect(router.positionOf('e', T0 + 4 * MIN)?.position).toBe(1);
  });

  it('refills the giver of a transfer from the line, and lets the taker go over capacity', () => {
    const router = fullHouse(['a']);
    router.upsertAgent(agent('sam', { capacity: { chat: 0 } }), T0);
    const decisions = router.transfer('busy', 'laura', 'sam', T0 + 2 * MIN);
    expect(decisions).toMatchObject([
      { itemId: 'busy', agentId: 'sam', reason: 'transferred' },
      { itemId: 'a', agentId: 'laura', reason: 'capacity_freed' },
    ]);
    expect(router.agent('sam')?.load).toEqual({ chat: 1 });
    expect(() => router.transfer('busy', 'laura', 'sam', T0)).toThrow(/Sam holds this now/);
  });

  it('does not hand work to an agent who is away, even when a slot frees', () => {
    const router = fullHouse(['a']);
    router.setPresence('laura', 'away', T0 + MIN);
    expect(router.release('busy', T0 + 2 * MIN).map((d) => d.reason)).toEqual(['released']);
    expect(router.setPresence('laura', 'online', T0 + 3 * MIN)[0]?.itemId).toBe('a');
  });
});

describe('an agent who goes offline', () => {
  it('has their items put back at their original place, ahead of later arrivals', () => {
    const router = createRouter();
    router.upsertAgent(agent('laura', { capacity: { chat: 2 } }), T0);
    router.upsertAgent(agent('sam', { capacity: { chat: 1 }, presence: 'away' }), T0);
    router.enqueue(item('old1', 0), T0);
    router.enqueue(item('old2', 1), T0 + MIN);
    router.enqueue(item('new', 5), T0 + 5 * MIN);
    router.setPresence('laura', 'offline', T0 + 6 * MIN);
    // After the grace period: nobody is free, so both wait ahead of the later arrival.
    const back = router.requeueHeldBy('laura', T0 + 8 * MIN);
    expect(back.map((d) => [d.itemId, d.reason])).toEqual([
      ['old1', 'no_eligible_agent_online'],
      ['old2', 'no_eligible_agent_online'],
    ]);
    expect(
      ['old1', 'old2', 'new'].map((id) => router.positionOf(id, T0 + 8 * MIN)?.position),
    ).toEqual([1, 2, 3]);
    expect(router.agent('laura')?.load).toEqual({ chat: 0 });
    expect(router.setPresence('sam', 'online', T0 + 9 * MIN)[0]?.itemId).toBe('old1');
  });

  it('has their items go straight to a free colleague when there is one', () => {
    const router = createRouter();
    router.upsertAgent(agent('laura'), T0);
    router.enqueue(item('a'), T0);
    router.upsertAgent(agent('sam'), T0 + MIN);
    router.setPresence('laura', 'offline', T0 + 2 * MIN);
    expect(router.requeueHeldBy('laura', T0 + 3 * MIN)).toMatchObject([
      { itemId: 'a', agentId: 'sam', reason: 'only_available' },
    ]);
  });

  it('an item put back goes to a free colleague first, and its holder refills from the line', () => {
    const router = createRouter();
    router.upsertAgent(agent('laura', { capacity: { chat: 1 }, skills: { german: 3 } }), T0);
    router.upsertAgent(agent('sam', { capacity: { chat: 1 } }), T0);
    router.enqueue(item('a'), T0);
    router.enqueue(item('b', 1, { skills: { german: 2 } }), T0 + MIN);
    expect(router.heldBy('laura')).toEqual(['a']);
    const decisions = router.requeue('a', T0 + 2 * MIN);
    expect(decisions.map((d) => [d.itemId, d.agentId, d.reason])).toEqual([
      ['a', 'sam', 'only_available'],
      ['b', 'laura', 'capacity_freed'],
    ]);
  });

  it('an item put back with nobody else free waits at its original place, ahead of later ones', () => {
    const router = createRouter();
    router.upsertAgent(agent('laura', { capacity: { chat: 1 } }), T0);
    router.enqueue(item('a'), T0);
    router.enqueue(item('b', 1), T0 + MIN);
    router.setPresence('laura', 'away', T0 + 2 * MIN);
    expect(router.requeue('a', T0 + 3 * MIN)).toMatchObject([
      { itemId: 'a', agentId: null, reason: 'no_eligible_agent_online' },
    ]);
    expect(router.positionOf('a', T0 + 3 * MIN)?.position).toBe(1);
  });
});

describe('taking by hand', () => {
  it('lets an agent take a waiting item over capacity, and counts it', () => {
    const router = fullHouse(['a']);
    expect(router.take('a', 'laura', T0 + 2 * MIN)).toEqual([
      {
        itemId: 'a',
        agentId: 'laura',
        reason: 'manual_take',
        detail: 'Laura took it by hand: now 2 of 1 chat, over capacity',
      },
    ]);
    expect(router.agent('laura')?.load).toEqual({ chat: 2 });
    // Releasing one still leaves her full: nothing new is routed to her.
    router.enqueue(item('b', 3), T0 + 3 * MIN);
    expect(router.release('busy', T0 + 4 * MIN).map((d) => d.reason)).toEqual(['released']);
  });

  it('refuses to take what someone else holds', () => {
    const router = fullHouse([]);
    router.upsertAgent(agent('sam'), T0);
    expect(() => router.take('busy', 'sam', T0)).toThrow(/Laura has already taken this/);
    expect(router.take('busy', 'laura', T0)).toEqual([]);
    expect(() => router.take('nope', 'sam', T0)).toThrow(/not found/);
  });
});
