import { AppError } from '../errors.js';

/** Who answers a conversation right now. Exactly one, always. */
export type Owner =
  | { kind: 'bot' }
  | { kind: 'queue' }
  | { kind: 'agent'; userId: string }
  | { kind: 'champion'; userId: string };

export type OwnerKind = Owner['kind'];

/** Why the bot hands a conversation to people (the ladder's entry conditions). */
export type EscalationReason =
  'asked_for_person' | 'bot_declined' | 'not_helpful' | 'negative_sentiment' | 'vip';

/** Everything that may change who owns a conversation, or whether it is open. */
export type Transition =
  /** The bot steps aside; the conversation waits for a person. */
  | { type: 'escalate'; reason: EscalationReason }
  /** A person takes a conversation that is waiting or with the bot; only one can win. */
  | { type: 'claim'; userId: string; role: 'agent' | 'champion' }
  /** Someone (usually a lead) gives it to a person, also away from another person. */
  | { type: 'assign'; userId: string; role: 'agent' | 'champion' }
  /** Back to the queue: let go by hand, no answer in time, or the owner went offline. */
  | { type: 'release'; reason: 'manual' | 'timeout' | 'offline' }
  | { type: 'resolve' }
  | { type: 'reopen' };

export interface OwnerState {
  owner: Owner;
  status: 'open' | 'resolved';
}

export type Decision =
  { change: false } | { change: true; next: OwnerState; reason: string; ownerChanged: boolean };

const isPerson = (o: Owner): o is Extract<Owner, { userId: string }> =>
  o.kind === 'agent' || o.kind === 'champion';

export const sameOwner = (a: Owner, b: Owner) =>
  a.kind === b.kind && (!isPerson(a) || (isPerson(b) && a.userId === b.userId));

/**
 * The one place that decides ownership. Pure: given the current state and what happened, it
 * returns the next state or refuses with a reason a person can read. Repeating a transition that
 * already holds (escalating twice, claiming one's own conversation) changes nothing.
 */
export function decide(current: OwnerState, t: Transition): Decision {
  const to = (owner: Owner, reason: string, status = current.status): Decision => {
    if (sameOwner(owner, current.owner) && status === current.status) return { change: false };
    return {
      change: true,
      next: { owner, status },
      reason,
      ownerChanged: !sameOwner(owner, current.owner),
    };
  };
  switch (t.type) {
    case 'escalate':
      if (current.owner.kind !== 'bot') return { change: false };
      return to({ kind: 'queue' }, t.reason);
    case 'claim': {
      const me: Owner = { kind: t.role, userId: t.userId };
      if (isPerson(current.owner) && !sameOwner(current.owner, me)) {
        throw new AppError('conflict', 'Someone else has already taken this conversation.');
      }
      return to(me, 'claimed', 'open');
    }
    case 'assign':
      return to({ kind: t.role, userId: t.userId }, 'assigned');
    case 'release':
      if (current.owner.kind === 'queue') return { change: false };
      return to({ kind: 'queue' }, t.reason === 'manual' ? 'released' : t.reason);
    case 'resolve':
      return to(current.owner, 'resolved', 'resolved');
    case 'reopen':
      return to(current.owner, 'reopened', 'open');
  }
}

/** The bot may speak only while it owns the conversation. */
export const botMaySpeak = (state: OwnerState) =>
  state.owner.kind === 'bot' && state.status === 'open';
