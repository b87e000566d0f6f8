import { describe, expect, it } from 'vitest';
import { createRouter } from './router.js';
import { agent, item, MIN, T0 } from './router.test-helpers.js';

describe('routing a new item', () => {
  it('of two items racing for one free slot, exactly one is assigned and the other waits with a reason', () => {
    const router = createRouter();
    router.upsertAgent(agent('laura', { capacity: { chat: 1 } }), T0);
    const first = router.enqueue(item('a'), T0);
    const second = router.enqueue(item('b'), T0);
    expect(first).toEqual([
      expect.objectContaining({ itemId: 'a', agentId: 'laura', reason: 'only_available' }),
    ]);
    expect(second).toEqual([
      {
        itemId: 'b',
        agentId: null,
        reason: 'all_at_capacity',
        detail: 'All 1 qualified agents online are at capacity for chats',
      },
    ]);
    expect(router.agent('laura')?.load).toEqual({ chat: 1 });
    expect(router.positionOf('b', T0)).toEqual({
      position: 1,
      waiting: 1,
      effectivePriority: 'normal',
    });
  });

  it('goes to the agent with the lightest share of capacity in use, and says who was next', () => {
    const router = createRouter();
    router.upsertAgent(agent('laura', { capacity: { chat: 3 } }), T0);
    router.upsertAgent(agent('sam', { capacity: { chat: 6 } }), T0);
    router.hold(item('l1'), 'laura');
    router.hold(item('s1'), 'sam');
    // Laura 1 of 3, Sam 1 of 6: Sam has the lighter share though the counts are equal.
    const [d] = router.enqueue(item('x', 4), T0 + 4 * MIN);
    expect(d).toMatchObject({ agentId: 'sam', reason: 'least_load' });
    expect(d!.detail).toBe(
      'Sam: 1 of 6 chats, idle 4 min; lightest load (next: Laura, 1 of 3 chats)',
    );
  });

  it('breaks a tie on load by the longest idle, then by id', () => {
    const router = createRouter();
    router.upsertAgent(agent('laura'), T0, T0 - 10 * MIN);
    router.upsertAgent(agent('sam'), T0, T0 - 2 * MIN);
    router.upsertAgent(agent('ada'), T0, T0 - 2 * MIN);
    expect(router.enqueue(item('a'), T0)[0]).toMatchObject({
      agentId: 'laura',
      reason: 'longest_idle',
    });
    // Now Laura carries one; Ada and Sam are level on load and idle time.
    expect(router.enqueue(item('b'), T0)[0]).toMatchObject({ agentId: 'ada', reason: 'id_order' });
    expect(router.enqueue(item('c'), T0)[0]).toMatchObject({
      agentId: 'sam',
      reason: 'least_load',
    });
  });

  it('only routes to agents of the team with every skill at the level asked', () => {
    const router = createRouter();
    router.upsertAgent(agent('laura', { skills: { german: 2, billing: 5 } }), T0);
    router.upsertAgent(agent('sam', { skills: { german: 4 }, teams: ['sales'] }), T0);
    router.upsertAgent(agent('ada', { skills: { german: 4, billing: 3 } }), T0);
    const needs = { german: 3, billing: 3 };
    expect(router.enqueue(item('a', 0, { skills: needs }), T0)[0]?.agentId).toBe('ada');
    expect(router.enqueue(item('b', 0, { skills: { german: 5 } }), T0)[0]).toEqual({
      itemId: 'b',
      agentId: null,
      reason: 'no_qualified_agent',
      detail: 'Nobody in team support takes chats with german ≥ 5',
    });
  });

  it('does not route to agents who are away or offline, and says so', () => {
    const router = createRouter();
    router.upsertAgent(agent('laura', { presence: 'away' }), T0);
    router.upsertAgent(agent('sam', { presence: 'offline' }), T0);
    expect(router.enqueue(item('a'), T0)[0]).toMatchObject({
      agentId: null,
      reason: 'no_eligible_agent_online',
      detail: 'None of the 2 qualified agents of team support is online',
    });
  });

  it('keeps capacity per channel: a full chat load does not block an email', () => {
    const router = createRouter();
    router.upsertAgent(agent('laura', { capacity: { chat: 1, email: 2 } }), T0);
    router.enqueue(item('c1'), T0);
    expect(router.enqueue(item('c2'), T0)[0]?.agentId).toBeNull();
    expect(router.enqueue(item('e1', 0, { channel: 'email' }), T0)[0]?.agentId).toBe('laura');
    expect(router.agent('laura')?.load).toEqual({ chat: 1, email: 1 });
  });

  it('ignores an item it already knows, so a replayed event assigns nothing twice', () => {
    const router = createRouter();
    router.upsertAgent(agent('laura'), T0);
    router.enqueue(item('a'), T0);
    expect(router.enqueue(item('a'), T0)).toEqual([]);
    expect(router.agent('laura')?.load).toEqual({ chat: 1 });
  });
});

describe('the line', () => {
  it('lets a low item overtake a fresh normal one once it has waited the aging time, not before', () => {
    const router = createRouter({ agingMinutes: 10 });
    router.upsertAgent(agent('laura', { capacity: { chat: 1 } }), T0);
    router.enqueue(item('busy'), T0);
    router.enqueue(item('low', 0, { priority: 'low' }), T0);
    const justBefore = T0 + 10 * MIN - 1;
    router.enqueue(item('normal', 9), T0 + 9 * MIN);
    expect(router.positionOf('normal', justBefore)?.position).toBe(1);
    expect(router.positionOf('low', justBefore)).toMatchObject({
      position: 2,
      effectivePriority: 'low',
    });
    // At ten minutes both rank normal and the low one is older.
    expect(router.positionOf('low', T0 + 10 * MIN)).toMatchObject({
      position: 1,
      effectivePriority: 'normal',
    });
    const [, next] = router.release('busy', T0 + 10 * MIN);
    expect(next).toMatchObject({ itemId: 'low', agentId: 'laura', reason: 'capacity_freed' });
    expect(next!.detail).toBe(
      'Laura had a slot free (0 of 1 chat): next in line, normal (aged from low), waited 10 min',
    );
  });

  it('serves a fresh normal item before a low one that has not aged yet', () => {
    const router = createRouter({ agingMinutes: 10 });
    router.upsertAgent(agent('laura', { capacity: { chat: 1 } }), T0);
    router.enqueue(item('busy'), T0);
    router.enqueue(item('low', 0, { priority: 'low' }), T0);
    router.enqueue(item('normal', 9), T0 + 9 * MIN);
    expect(router.release('busy', T0 + 10 * MIN - 1)[1]?.itemId).toBe('normal');
  });

  it('counts a position across the skill classes of the team, by priority then arrival', () => {
    const router = createRouter({ agingMinutes: 60 });
    router.upsertAgent(agent('laura', { capacity: { chat: 0 } }), T0);
    router.enqueue(item('a', 0), T0);
    router.enqueue(item('b', 1, { skills: { german: 2 } }), T0 + MIN);
    router.enqueue(item('c', 2, { priority: 'urgent' }), T0 + 2 * MIN);
    router.enqueue(item('d', 3, { team: 'sales' }), T0 + 3 * MIN);
    const now = T0 + 5 * MIN;
    expect(['a', 'b', 'c'].map((id) => router.positionOf(id, now)?.position)).toEqual([2, 3, 1]);
    expect(router.positionOf('d', now)).toMatchObject({ position: 1, waiting: 1 });
    expect(router.line('support', 'chat', now)).toEqual(['c', 'a', 'b']);
    expect(router.waiting('support')).toBe(3);
    expect(router.waiting('support', 'email')).toBe(0);
  });

  it('takes an item out of line when the customer leaves', () => {
    const router = createRouter();
    router.enqueue(item('a'), T0);
    router.enqueue(item('b', 1), T0 + MIN);
    expect(router.remove('a', T0 + 3 * MIN)).toEqual([
      { itemId: 'a', agentId: null, reason: 'removed', detail: 'Left the line after 3 min' },
    ]);
    expect(router.positionOf('a', T0 + 3 * MIN)).toBeNull();
    expect(router.positionOf('b', T0 + 3 * MIN)?.position).toBe(1);
  });

  it('reports the staffing of a team and channel for the wait model', () => {
    const router = createRouter();
    router.upsertAgent(agent('laura'), T0);
    router.upsertAgent(agent('sam', { capacity: { chat: 2 } }), T0);
    router.upsertAgent(agent('ada', { presence: 'away' }), T0);
    router.enqueue(item('a'), T0);
    expect(router.staffing('support', 'chat')).toEqual({ agentsOnline: 2, slots: 5, load: 1 });
  });
});
