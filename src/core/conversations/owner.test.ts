import { describe, expect, it } from 'vitest';
import { botMaySpeak, decide, type OwnerState } from './owner.js';

const bot: OwnerState = { owner: { kind: 'bot' }, status: 'open' };
const queue: OwnerState = { owner: { kind: 'queue' }, status: 'open' };
const laura: OwnerState = { owner: { kind: 'agent', userId: 'laura' }, status: 'open' };

describe('the owner state machine', () => {
  it('escalating hands a bot conversation to the queue, once', () => {
    expect(decide(bot, { type: 'escalate', reason: 'asked_for_person' })).toEqual({
      change: true,
      next: queue,
      reason: 'asked_for_person',
      ownerChanged: true,
    });
    expect(decide(queue, { type: 'escalate', reason: 'bot_declined' })).toEqual({ change: false });
    expect(decide(laura, { type: 'escalate', reason: 'not_helpful' })).toEqual({ change: false });
  });

  it('a person claims from the bot or the queue, but never from another person', () => {
    const claim = { type: 'claim', userId: 'sam', role: 'agent' } as const;
    for (const from of [bot, queue]) {
      const d = decide(from, claim);
      expect(d.change && d.next.owner).toEqual({ kind: 'agent', userId: 'sam' });
    }
    expect(() => decide(laura, claim)).toThrow(/already taken/);
    expect(decide(laura, { ...claim, userId: 'laura' })).toEqual({ change: false });
  });

  it('assigning transfers between people; releasing returns to the queue with the reason', () => {
    const d = decide(laura, { type: 'assign', userId: 'dan', role: 'champion' });
    expect(d.change && d.next.owner).toEqual({ kind: 'champion', userId: 'dan' });
    const back = decide(laura, { type: 'release', reason: 'offline' });
    expect(back).toMatchObject({ change: true, next: queue, reason: 'offline' });
    expect(decide(queue, { type: 'release', reason: 'timeout' })).toEqual({ change: false });
  });

  it('resolving and reopening keep the owner and change only the status', () => {
    const resolved = decide(laura, { type: 'resolve' });
    expect(resolved).toMatchObject({ change: true, ownerChanged: false });
    expect(resolved.change && resolved.next).toEqual({ ...laura, status: 'resolved' });
    expect(decide({ ...laura, status: 'resolved' }, { type: 'resolve' })).toEqual({
      change: false,
    });
    const claimed = decide(
      { ...queue, status: 'resolved' },
      {
        type: 'claim',
        userId: 'sam',
        role: 'agent',
      },
    );
    expect(claimed.change && claimed.next.status).toBe('open');
  });

  it('the bot speaks only while it owns an open conversation', () => {
    expect(botMaySpeak(bot)).toBe(true);
    expect(botMaySpeak({ ...bot, status: 'resolved' })).toBe(false);
    expect(botMaySpeak(queue)).toBe(false);
    expect(botMaySpeak(laura)).toBe(false);
  });
});
