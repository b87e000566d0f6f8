import { describe, expect, it } from 'vitest';
import { decideInvitation, type DecisionInput } from './decide-invitation.js';
import { inHoldout } from './holdout.js';

const NOW = new Date('2025-03-10T12:00:00Z');
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000);
const input = (over: Partial<DecisionInput> = {}): DecisionInput => ({
  rule: { capDays: 1, dismissDays: 7, maxWaitMinutes: 5, fallback: 'none' },
  exposedAt: null,
  dismissedAt: null,
  wait: { open: true, promiseMinutes: 1 },
  botAvailable: true,
  callbackAvailable: true,
  holdout: false,
  now: NOW,
  ...over,
});

describe('deciding one invitation', () => {
  it('shows it when the team can answer within the promise', () => {
    expect(decideInvitation(input())).toEqual({ decision: 'shown', offer: 'person' });
    expect(decideInvitation(input({ wait: { open: true, promiseMinutes: 5 } })).decision).toBe(
      'shown',
    );
  });

  it('suppresses it when nobody is online or the predicted wait is over the promise', () => {
    for (const promiseMinutes of [null, 6])
      expect(decideInvitation(input({ wait: { open: true, promiseMinutes } }))).toEqual({
        decision: 'suppressed',
        reason: 'no_capacity',
      });
    expect(decideInvitation(input({ wait: { open: false, promiseMinutes: 1 } }))).toEqual({
      decision: 'suppressed',
      reason: 'outside_hours',
    });
  });

  it('offers the rule’s fallback instead when nobody can answer in time', () => {
    const busy = { open: true, promiseMinutes: null };
    const bot = input({ wait: busy, rule: { ...input().rule, fallback: 'bot' } });
    expect(decideInvitation(bot)).toEqual({
      decision: 'fallback',
      reason: 'no_capacity',
      offer: 'bot',
    });
    expect(decideInvitation({ ...bot, botAvailable: false }).decision).toBe('suppressed');
    const callback = input({ wait: busy, rule: { ...input().rule, fallback: 'callback' } });
    expect(decideInvitation(callback)).toMatchObject({ decision: 'fallback', offer: 'callback' });
    expect(decideInvitation({ ...callback, callbackAvailable: false }).decision).toBe('suppressed');
  });

  it('caps invitations per visitor and rule at one per N days (0: no cap)', () => {
    expect(decideInvitation(input({ exposedAt: daysAgo(0.5) }))).toEqual({
      decision: 'suppressed',
      reason: 'frequency_cap',
    });
    expect(decideInvitation(input({ exposedAt: daysAgo(1.01) })).decision).toBe('shown');
    const uncapped = input({ exposedAt: NOW, rule: { ...input().rule, capDays: 0 } });
    expect(decideInvitation(uncapped).decision).toBe('shown');
  });

  it('leaves a visitor alone for M days after they dismissed an invitation', () => {
    expect(decideInvitation(input({ dismissedAt: daysAgo(6.9) }))).toEqual({
      decision: 'suppressed',
      reason: 'dismissed_recently',
    });
    expect(decideInvitation(input({ dismissedAt: daysAgo(7) })).decision).toBe('shown');
  });

  it('holds out only visitors who would have been invited', () => {
    expect(decideInvitation(input({ holdout: true }))).toEqual({
      decision: 'suppressed',
      reason: 'holdout',
    });
    const busy = input({ holdout: true, wait: { open: true, promiseMinutes: null } });
    expect(decideInvitation(busy)).toMatchObject({ reason: 'no_capacity' });
  });
});

describe('the holdout group', () => {
  it('is the same for a visitor and rule every time, and about the chosen share of visitors', () => {
    const visitors = Array.from({ length: 4000 }, (_, i) => `visitor-${i}-abc`);
    const first = visitors.map((v) => inHoldout('rule-a', v, 20));
    expect(visitors.map((v) => inHoldout('rule-a', v, 20))).toEqual(first);
    const share = first.filter(Boolean).length / visitors.length;
    expect(share).toBeGreaterThan(0.18);
    expect(share).toBeLessThan(0.22);
    const otherRule = visitors.map((v) => inHoldout('rule-b', v, 20));
    expect(otherRule).not.toEqual(first);
    expect(visitors.some((v) => inHoldout('rule-a', v, 0))).toBe(false);
  });
});
