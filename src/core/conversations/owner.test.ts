import { describe, expect, it } from 'vitest';
import { botMaySpeak, decide, type OwnerState } from './owner.js';

const since = new Date('2025-03-01T10:00:00Z');
const bot: OwnerState = { owner: { kind: 'bot' }, status: 'open', rung: 'bot', rungSince: since };
const queue: OwnerState = {
  owner: { kind: 'queue' },
  status: 'open',
  rung: 'queue',
  rungSince: since,
};
const laura: OwnerState = {
  owner: { kind: 'agent', userId: 'laura' },
  status: 'open',
  rung: 'queue',
  rungSince: since,
};
const { rungSince: _, ...queued } = queue;

describe('the owner state machine', () => {
  it('escalating hands a bot conversation to the queue, once', () => {
    expect(decide(bot, { type: 'escalate', reason: 'asked_for_person' })).toEqual({
      change: true,
      next: queued,
      reason: 'asked_for_person',
      ownerChanged: true,
      rungChanged: true,
      restartClock: true,
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
    expect(back).toMatchObject({ change: true, next: queued, reason: 'offline' });
    expect(decide(queue, { type: 'release', reason: 'timeout' })).toEqual({ change: false });
  });

  it('resolving and reopening keep the owner and change only the status', () => {
    const resolved = decide(laura, { type: 'resolve' });
    expect(resolved).toMatchObject({ change: true, ownerChanged: false });
    expect(resolved.change && resolved.next).toEqual({
      owner: laura.owner,
      rung: 'queue',
      status: 'resolved',
    });
    expect(resolved).toMatchObject({ restartClock: false });
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

describe('the ladder position', () => {
  const supervisor: OwnerState = { ...queue, rung: 'supervisor' };

  it('an overdue queue moves up to the supervisor rung and stays owned by the queue', () => {
    const d = decide(queue, { type: 'overdue', from: 'queue', since, to: 'supervisor' });
    expect(d).toEqual({
      change: true,
      next: { owner: { kind: 'queue' }, status: 'open', rung: 'supervisor' },
      reason: 'budget_exceeded',
      ownerChanged: false,
      rungChanged: true,
      restartClock: true,
    });
  });

  it('an overdue bot hands the conversation to the queue', () => {
    const d = decide(bot, { type: 'overdue', from: 'bot', since, to: 'queue' });
    expect(d).toMatchObject({ change: true, next: queued, ownerChanged: true });
  });

  it('a budget that another node already applied, or a clock that restarted, changes nothing', () => {
    const later = new Date(since.getTime() + 1);
    expect(decide(supervisor, { type: 'overdue', from: 'queue', since, to: 'supervisor' })).toEqual(
      { change: false },
    );
    expect(
      decide(
        { ...queue, rungSince: later },
        { type: 'overdue', from: 'queue', since, to: 'supervisor' },
      ),
    ).toEqual({ change: false });
    expect(decide(laura, { type: 'overdue', from: 'queue', since, to: 'supervisor' })).toEqual({
      change: false,
    });
    expect(
      decide(
        { ...queue, status: 'resolved' },
        { type: 'overdue', from: 'queue', since, to: 'supervisor' },
      ),
    ).toEqual({ change: false });
  });

  it('a person who takes a supervisor conversation keeps its rung; taking one from the bot puts it on the queue rung', () => {
    const claim = { type: 'claim', userId: 'sam', role: 'agent' } as const;
    const fromSupervisor = decide(supervisor, claim);
    expect(fromSupervisor.change && fromSupervisor.next.rung).toBe('supervisor');
    const fromBot = decide(bot, claim);
    expect(fromBot.change && fromBot.next.rung).toBe('queue');
    const released = decide(
      { ...laura, rung: 'supervisor' },
      { type: 'release', reason: 'offline' },
    );
    expect(released).toMatchObject({ next: { rung: 'supervisor' }, restartClock: true });
  });

  it('reopening restarts the clock; resolving does not', () => {
    const reopened = decide({ ...queue, status: 'resolved' }, { type: 'reopen' });
    expect(reopened).toMatchObject({ change: true, restartClock: true, rungChanged: false });
  });

  it('escalating may name the rung the ladder chose', () => {
    const d = decide(bot, { type: 'escalate', reason: 'vip', to: 'supervisor' });
    expect(d.change && d.next).toEqual({
      owner: { kind: 'queue' },
      status: 'open',
      rung: 'supervisor',
    });
  });
});
