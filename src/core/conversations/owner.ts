import type { RungKind } from '../../shared/schemas/ladder.js';
import { AppError } from '../errors.js';

/** Who answers a conversation right now. Exactly one, always. */
export type Owner =
  | { kind: 'bot' }
  | { kind: 'queue' }
  | { kind: 'agent'; userId: string }
  | { kind: 'champion'; userId: string };

export type OwnerKind = Owner['kind'];

/** The rungs above the bot: people (today the team queue, then its supervisor). */
export type PeopleRung = Exclude<RungKind, 'bot'>;

/** Why the bot hands a conversation to people (the ladder's entry conditions). */
export type EscalationReason =
  | 'asked_for_person'
  | 'bot_declined'
  | 'not_helpful'
  | 'negative_sentiment'
  | 'vip'
  | 'budget_exceeded';

/** Everything that may change who owns a conversation, or whether it is open. */
export type Transition =
  /** The bot steps aside; the conversation waits for people (the team queue unless told). */
  | { type: 'escalate'; reason: EscalationReason; to?: PeopleRung }
  /**
   * The ladder clock: the rung's time budget ran out. Applies only while the conversation is
   * still waiting on `from` since `since`, so a move another node already made is a no-op.
   */
  | { type: 'overdue'; from: RungKind; since: Date; to: PeopleRung }
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
  /** The ladder step it stands on: 'bot' exactly while the bot owns it. */
  rung: RungKind;
  /** When it started waiting on that rung (the ladder clock counts from here). */
  rungSince: Date;
}

export type Decision =
  | { change: false }
  | {
      change: true;
      next: Omit<OwnerState, 'rungSince'>;
      reason: string;
      ownerChanged: boolean;
      rungChanged: boolean;
      /** The ladder clock starts again: a new owner, a new rung, or open again. */
      restartClock: boolean;
    };

const isPerson = (o: Owner): o is Extract<Owner, { userId: string }> =>
  o.kind === 'agent' || o.kind === 'champion';

export const sameOwner = (a: Owner, b: Owner) =>
  a.kind === b.kind && (!isPerson(a) || (isPerson(b) && a.userId === b.userId));

/** A person or the queue keeps the rung it reached; leaving the bot means the team queue. */
const rungAfter = (owner: Owner, rung: RungKind): RungKind =>
  owner.kind === 'bot' ? 'bot' : rung === 'bot' ? 'queue' : rung;

/**
 * The one place that decides ownership. Pure: given the current state and what happened, it
 * returns the next state or refuses with a reason a person can read. Repeating a transition that
 * already holds (escalating twice, claiming one's own conversation) changes nothing.
 */
export function decide(current: OwnerState, t: Transition): Decision {
  const to = (
    owner: Owner,
    reason: string,
    status = current.status,
    rung = rungAfter(owner, current.rung),
  ): Decision => {
    const ownerChanged = !sameOwner(owner, current.owner);
    const rungChanged = rung !== current.rung;
    if (!ownerChanged && !rungChanged && status === current.status) return { change: false };
    const reopened = status === 'open' && current.status !== 'open';
    return {
      change: true,
      next: { owner, status, rung },
      reason,
      ownerChanged,
      rungChanged,
      restartClock: ownerChanged || rungChanged || reopened,
    };
  };
  switch (t.type) {
    case 'escalate':
      if (current.owner.kind !== 'bot') return { change: false };
      return to({ kind: 'queue' }, t.reason, current.status, t.to ?? 'queue');
    case 'overdue': {
      const waiting = current.status === 'open' && !isPerson(current.owner);
      const still = current.rung === t.from && current.rungSince.getTime() === t.since.getTime();
      if (!waiting || !still) return { change: false };
      // Every rung above the bot is owned by the team queue until a person takes it.
      return to({ kind: 'queue' }, 'budget_exceeded', 'open', t.to);
    }
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
export const botMaySpeak = (state: Pick<OwnerState, 'owner' | 'status'>) =>
  state.owner.kind === 'bot' && state.status === 'open';
