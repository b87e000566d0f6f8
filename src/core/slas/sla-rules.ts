import type { BusinessHours } from '../../shared/schemas/business-hours.js';
import type { SlaBadge, SlaMetric, SlaState } from '../../shared/sla-labels.js';
import { addBusinessMinutes } from '../routing/business-hours.js';

/** A priority's targets as the rules need them (minutes; null: no target). */
export interface SlaTargets {
  first_response_minutes: number | null;
  next_response_minutes: number | null;
  resolution_minutes: number | null;
  business_hours: boolean;
  warn_before_minutes: number;
}

const MINUTES_OF: Record<SlaMetric, keyof SlaTargets> = {
  first_response: 'first_response_minutes',
  next_response: 'next_response_minutes',
  resolution: 'resolution_minutes',
};

/**
 * When a clock started at `start` is due: `start` plus the policy's minutes, counted in the
 * team's open minutes when the policy says business hours (a team without hours is always
 * open). Null when there is no target, or the hours never provide that much time.
 */
export function dueAt(
  policy: SlaTargets | null,
  metric: SlaMetric,
  start: Date,
  hours: BusinessHours | null,
): Date | null {
  const minutes = policy?.[MINUTES_OF[metric]];
  if (typeof minutes !== 'number') return null;
  if (policy!.business_hours && hours) return addBusinessMinutes(hours, start, minutes);
  return new Date(start.getTime() + minutes * 60_000);
}

/** What a conversation's reply clocks look like when a customer writes. */
export interface ReplyClocks {
  /** A first-response clock was ever started. */
  firstStarted: boolean;
  /** A reply clock (first or next) is running: the customer is already waiting. */
  running: boolean;
}

/**
 * Which reply clock a customer's message starts: the first response for their first message,
 * a next response for the first message after an agent replied, none while one runs.
 */
export function clockForCustomerMessage(clocks: ReplyClocks): SlaMetric | null {
  if (clocks.running) return null;
  return clocks.firstStarted ? 'next_response' : 'first_response';
}

/** Whether a message meets the reply clocks: a person's public reply, not a bot, not a note. */
export function meetsReplyClock(message: { authorType: string; private: boolean }): boolean {
  return message.authorType === 'agent' && !message.private;
}

/** Whether a message starts a reply clock: the customer's own words. */
export function startsReplyClock(message: { authorType: string; private: boolean }): boolean {
  return message.authorType === 'contact' && !message.private;
}

/** A running clock's state at `now`, given the policy's warning window. */
export function slaState(
  clock: { dueAt: Date; breached?: boolean },
  warnBeforeMinutes: number,
  now: Date,
): SlaState {
  const left = clock.dueAt.getTime() - now.getTime();
  if (clock.breached || left <= 0) return 'breached';
  if (warnBeforeMinutes > 0 && left <= warnBeforeMinutes * 60_000) return 'warning';
  return 'ok';
}

/** The inbox badge for a running clock. */
export function badgeOf(row: {
  metric: SlaMetric;
  due_at: Date;
  warn_at: Date | null;
  state: SlaState;
}): SlaBadge {
  return {
    metric: row.metric,
    state: row.state,
    dueAt: row.due_at.toISOString(),
    warnAt: row.warn_at?.toISOString() ?? null,
  };
}
