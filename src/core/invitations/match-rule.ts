import type { AttributeCondition, RuleConditions } from '../../shared/schemas/invitations.js';
import { matchesPattern } from './url-pattern.js';

/** What is known about a visit when the widget asks: its signals and who the visitor is. */
export interface Visit {
  url: string;
  /** Where the session came from; empty when unknown or typed in. */
  referrer: string;
  seconds: number;
  pages: number;
  events: readonly string[];
  attrs: Readonly<Record<string, string | number | boolean>>;
  returning: boolean;
  identified: boolean;
}

/** True when every condition of a rule holds for this visit. */
export function matchesRule(c: RuleConditions, v: Visit): boolean {
  if (c.urls.length && !c.urls.some((p) => matchesPattern(p, v.url))) return false;
  if (v.seconds < c.minSecondsOnPage || v.pages < c.minPagesInSession) return false;
  if (c.referrer && !(v.referrer && matchesPattern(c.referrer, v.referrer))) return false;
  if (!c.events.every((e) => v.events.includes(e))) return false;
  if (!c.attributes.every((a) => holds(a, v.attrs[a.key]))) return false;
  if (c.audience === 'new') return !v.returning;
  if (c.audience === 'returning') return v.returning;
  if (c.audience === 'identified') return v.identified;
  return true;
}

/** One attribute condition; a property the visitor never sent never matches. */
export function holds(
  { op, value }: AttributeCondition,
  actual: string | number | boolean | undefined,
): boolean {
  if (actual === undefined) return false;
  const a = Number(actual);
  const b = Number(value);
  const numeric = typeof actual !== 'boolean' && actual !== '' && Number.isFinite(a);
  const comparable = numeric && value !== '' && Number.isFinite(b);
  switch (op) {
    case 'eq':
      return comparable ? a === b : String(actual) === String(value);
    case 'neq':
      return comparable ? a !== b : String(actual) !== String(value);
    case 'contains':
      return String(actual).toLowerCase().includes(String(value).toLowerCase());
    case 'gt':
      return comparable && a > b;
    case 'gte':
      return comparable && a >= b;
    case 'lt':
      return comparable && a < b;
    case 'lte':
      return comparable && a <= b;
  }
}
