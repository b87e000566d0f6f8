import type { InvitationOffer, SuppressReason } from '../../shared/schemas/invitations.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface DecisionInput {
  rule: {
    capDays: number;
    dismissDays: number;
    maxWaitMinutes: number;
    fallback: 'none' | 'bot' | 'callback';
  };
  /** Last time this rule invited, offered a fallback to or held out the visitor. */
  exposedAt: Date | null;
  /** Last time the visitor dismissed any invitation. */
  dismissedAt: Date | null;
  wait: { open: boolean; promiseMinutes: number | null };
  /** The bot could take the conversation (the fallback "bot" is possible). */
  botAvailable: boolean;
  /** The workspace takes callbacks and has people to make them (the fallback "callback"). */
  callbackAvailable: boolean;
  /** The visitor is in the rule's control group. */
  holdout: boolean;
  now: Date;
}

export type Decision =
  | { decision: 'shown'; offer: 'person' }
  | { decision: 'fallback'; reason: 'no_capacity' | 'outside_hours'; offer: InvitationOffer }
  | { decision: 'suppressed'; reason: SuppressReason };

const within = (at: Date | null, days: number, now: Date) =>
  at !== null && days > 0 && now.getTime() - at.getTime() < days * DAY_MS;

/**
 * What one matching rule does for a visitor now, in order: the frequency cap and the dismissal
 * cool-down first (never pester); then whether the team can answer within the promise — if not,
 * the rule's fallback or nothing; then the control group, drawn only from visitors who would
 * have been invited, so the two groups compare like with like.
 */
export function decideInvitation(d: DecisionInput): Decision {
  if (within(d.exposedAt, d.rule.capDays, d.now))
    return { decision: 'suppressed', reason: 'frequency_cap' };
  if (within(d.dismissedAt, d.rule.dismissDays, d.now))
    return { decision: 'suppressed', reason: 'dismissed_recently' };
  const reason = !d.wait.open
    ? 'outside_hours'
    : d.wait.promiseMinutes === null || d.wait.promiseMinutes > d.rule.maxWaitMinutes
      ? 'no_capacity'
      : undefined;
  if (reason) {
    const { fallback } = d.rule;
    if ((fallback === 'callback' && d.callbackAvailable) || (fallback === 'bot' && d.botAvailable))
      return { decision: 'fallback', reason, offer: fallback };
    return { decision: 'suppressed', reason };
  }
  if (d.holdout) return { decision: 'suppressed', reason: 'holdout' };
  return { decision: 'shown', offer: 'person' };
}
