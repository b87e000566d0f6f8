// Types only: the schema module pulls in zod, whose eval probe the console's CSP reports.
import type {
  Audience,
  Fallback,
  InvitationRuleInput,
  InvitationRuleView,
  Operator,
} from '../../shared/schemas/invitations.js';

/** A rule as the form edits it: lists as text, the team as '' for anyone. */
export interface Draft {
  name: string;
  enabled: boolean;
  message: string;
  topic: InvitationRuleInput['topic'];
  teamId: string;
  maxWaitMinutes: number;
  fallback: Fallback;
  fallbackMessage: string;
  capDays: number;
  dismissDays: number;
  holdoutPercent: number;
  goalEvent: string;
  goalDays: number;
  /** One pattern per line. */
  urls: string;
  minSecondsOnPage: number;
  minPagesInSession: number;
  referrer: string;
  /** Comma-separated event names. */
  events: string;
  attributes: { key: string; op: Operator; value: string }[];
  audience: Audience;
}

export const AUDIENCE_LABELS: Record<Audience, string> = {
  everyone: 'Everyone',
  new: 'New visitors',
  returning: 'Returning visitors',
  identified: 'Signed-in customers (identified)',
};

export const OPERATOR_LABELS: Record<Operator, string> = {
  eq: 'is',
  neq: 'is not',
  gt: '>',
  gte: '≥',
  lt: '<',
  lte: '≤',
  contains: 'contains',
};

export const FALLBACK_LABELS: Record<Fallback, string> = {
  none: 'Nothing (stay quiet)',
  bot: 'Offer the assistant',
  callback: 'Offer a callback',
};

export function blankDraft(): Draft {
  return {
    name: '',
    enabled: true,
    message: '',
    topic: 'question',
    teamId: '',
    maxWaitMinutes: 2,
    fallback: 'none',
    fallbackMessage: '',
    capDays: 1,
    dismissDays: 7,
    holdoutPercent: 10,
    goalEvent: 'purchase',
    goalDays: 7,
    urls: '',
    minSecondsOnPage: 20,
    minPagesInSession: 1,
    referrer: '',
    events: '',
    attributes: [],
    audience: 'everyone',
  };
}

export function draftOf(rule: InvitationRuleView): Draft {
  const c = rule.conditions;
  return {
    ...rule,
    teamId: rule.teamId ?? '',
    fallbackMessage: rule.fallbackMessage ?? '',
    urls: c.urls.join('\n'),
    minSecondsOnPage: c.minSecondsOnPage,
    minPagesInSession: c.minPagesInSession,
    referrer: c.referrer ?? '',
    events: c.events.join(', '),
    attributes: c.attributes.map((a) => ({ ...a, value: String(a.value) })),
    audience: c.audience,
  };
}

const list = (text: string, separator: RegExp) =>
  text
    .split(separator)
    .map((s) => s.trim())
    .filter(Boolean);

/** What the API takes; numbers typed into a value box compare as numbers. */
export function inputOf(d: Draft): InvitationRuleInput {
  return {
    name: d.name,
    enabled: d.enabled,
    message: d.message,
    topic: d.topic,
    teamId: d.teamId || null,
    maxWaitMinutes: d.maxWaitMinutes,
    fallback: d.fallback,
    fallbackMessage: d.fallback === 'none' ? null : d.fallbackMessage.trim() || null,
    capDays: d.capDays,
    dismissDays: d.dismissDays,
    holdoutPercent: d.holdoutPercent,
    goalEvent: d.goalEvent.trim(),
    goalDays: d.goalDays,
    conditions: {
      urls: list(d.urls, /\n/),
      minSecondsOnPage: d.minSecondsOnPage,
      minPagesInSession: d.minPagesInSession,
      ...(d.referrer.trim() ? { referrer: d.referrer.trim() } : {}),
      events: list(d.events, /[,\s]+/),
      attributes: d.attributes.map((a) => {
        const value = a.value.trim();
        const n = Number(value);
        return {
          key: a.key.trim(),
          op: a.op,
          value: value !== '' && Number.isFinite(n) ? n : value,
        };
      }),
      audience: d.audience,
    },
  };
}
