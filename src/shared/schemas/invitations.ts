import { z } from 'zod';

// Proactive invitations: the rules admins write, the signals the widget sends, and what comes back.

const NAME = /^[A-Za-z0-9_.:-]{1,64}$/;
/** An event or attribute name as the site passes it to `Parley('track', name, props)`. */
const TrackName = z.string().regex(NAME, 'letters, digits and _ . : - (1 to 64 characters)');

export const INVITATION_TOPICS = ['question', 'complaint', 'feedback'] as const;
export const AUDIENCES = ['everyone', 'new', 'returning', 'identified'] as const;
export type Audience = (typeof AUDIENCES)[number];
/** What a visitor is offered when nobody can answer within the promise. */
export const FALLBACKS = ['none', 'bot', 'callback'] as const;
export type Fallback = (typeof FALLBACKS)[number];
export const OPERATORS = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'contains'] as const;
export type Operator = (typeof OPERATORS)[number];

/** `cart_value >= 100`: one property of the visitor's tracked events compared with a value. */
export const AttributeCondition = z.object({
  key: TrackName,
  op: z.enum(OPERATORS),
  value: z.union([z.string().max(200), z.number().finite()]),
});
export type AttributeCondition = z.infer<typeof AttributeCondition>;

const Pattern = z.string().trim().min(1, 'an empty pattern').max(300, 'at most 300 characters');

/** Who is invited, and where. Every condition given must hold; empty lists mean "any". */
export const RuleConditions = z.object({
  /** Any of these: "/cart" (prefix), "/products/*" (glob, `*` is anything), or a full URL. */
  urls: z.array(Pattern).max(10, 'at most 10 URL patterns').default([]),
  minSecondsOnPage: z.number().int().min(0).max(3600).default(0),
  minPagesInSession: z.number().int().min(1).max(100).default(1),
  /** Where the session came from, e.g. "*google.*"; unset: from anywhere (or nowhere). */
  referrer: Pattern.optional(),
  /** Each of these was tracked in this session, e.g. "add_to_cart". */
  events: z.array(TrackName).max(5, 'at most 5 events').default([]),
  attributes: z.array(AttributeCondition).max(5, 'at most 5 attribute conditions').default([]),
  audience: z.enum(AUDIENCES).default('everyone'),
});
export type RuleConditions = z.infer<typeof RuleConditions>;

export const InvitationRuleInput = z.object({
  name: z.string().trim().min(1, 'a rule needs a name').max(80),
  enabled: z.boolean().default(true),
  conditions: RuleConditions,
  /** What the visitor reads in the bubble. Shown as text, never as HTML. */
  message: z.string().trim().min(1, 'the invitation needs a message').max(240),
  topic: z.enum(INVITATION_TOPICS).default('question'),
  /** The team the conversation goes to, whose staffing decides; null: anyone in the workspace. */
  teamId: z.uuid().nullable().default(null),
  /** The promise: invite only when a new arrival's predicted wait is at most this. */
  maxWaitMinutes: z.number().int().min(1).max(120),
  fallback: z.enum(FALLBACKS).default('none'),
  fallbackMessage: z.string().trim().max(240).nullable().default(null),
  /** At most one invitation (or holdout) from this rule per visitor in this many days; 0: no cap. */
  capDays: z.number().int().min(0).max(365).default(1),
  /** After a visitor dismisses any invitation, none for this many days. */
  dismissDays: z.number().int().min(0).max(365).default(7),
  /** The share of eligible visitors never shown it (the control group), 0–50 %. */
  holdoutPercent: z.number().int().min(0).max(50).default(0),
  /** The business event that counts as a conversion, e.g. "purchase". */
  goalEvent: TrackName.default('purchase'),
  goalDays: z.number().int().min(1).max(90).default(7),
});
export type InvitationRuleInput = z.infer<typeof InvitationRuleInput>;

export type InvitationRuleView = InvitationRuleInput & { id: string; updatedAt: string };

/** A random id the widget keeps per browser: invitations are counted before any conversation. */
export const VisitorKey = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'the widget’s visitor id');

const AttributeValue = z.union([z.string().max(200), z.number().finite(), z.boolean()]);

/** What the widget knows about the visit, trimmed to what the workspace's rules ask about. */
export const InvitationSignals = z.object({
  key: z.string().min(3, 'the workspace key from data-workspace').max(100),
  /** The visitor token, when this browser has talked to the team before. */
  token: z.string().max(200).optional(),
  visitor: VisitorKey,
  url: z.url({ protocol: /^https?$/, error: 'the page’s http(s) address' }).max(2048),
  referrer: z.string().max(2048, 'at most 2,048 characters').default(''),
  seconds: z.number().int().min(0).max(86_400),
  pages: z.number().int().min(1).max(10_000),
  /** Sessions this browser has had on the site (this one included). */
  visits: z.number().int().min(1).max(1_000_000),
  events: z.array(TrackName).max(20, 'at most 20 event names').default([]),
  attrs: z
    .record(TrackName, AttributeValue)
    .refine((a) => Object.keys(a).length <= 20, 'at most 20 attributes')
    .default({}),
  /** What the site passed to `Parley('identify')`: counts as identified only when signed. */
  identity: z.object({ id: z.string().min(1).max(200), hash: z.string().max(128) }).optional(),
});
export type InvitationSignals = z.infer<typeof InvitationSignals>;

/** The largest signals body accepted, in bytes (a full one is about 3 KB). */
export const MAX_SIGNALS_BYTES = 8 * 1024;

export type InvitationOffer = 'person' | 'bot' | 'callback';

/** An invitation to show now (null: none). */
export interface InvitationView {
  id: string;
  message: string;
  offer: InvitationOffer;
  topic: (typeof INVITATION_TOPICS)[number];
}

export const InvitationResponseInput = z.object({
  key: z.string().min(3).max(100),
  visitor: VisitorKey,
  response: z.enum(['accepted', 'dismissed']),
});
export type InvitationResponseInput = z.infer<typeof InvitationResponseInput>;

/** An accepted invitation led to this conversation (the widget says so once it started). */
export const InvitationConversationInput = z.object({
  visitor: VisitorKey,
  conversationId: z.uuid(),
});

export const InvitationGoalInput = z.object({
  key: z.string().min(3).max(100),
  visitor: VisitorKey,
  name: TrackName,
});
export type InvitationGoalInput = z.infer<typeof InvitationGoalInput>;

/** What the widget must watch for, so it sends only what the rules need (on: any rule at all). */
export interface InvitationNeeds {
  on: boolean;
  /** Seconds on a page at which a rule can start to match (0: at once). */
  at: number[];
  events: string[];
  attrs: string[];
  /** Business events to report for conversion. */
  goals: string[];
}

export const SUPPRESS_REASONS = [
  'no_capacity',
  'outside_hours',
  'frequency_cap',
  'dismissed_recently',
  'holdout',
] as const;
export type SuppressReason = (typeof SUPPRESS_REASONS)[number];

export const InvitationReportQuery = z.object({
  days: z.coerce.number().int().min(1).max(365).default(30),
});

/** One group's conversions: visitors in it, and how many reached the goal in time. */
export interface ConversionGroup {
  visitors: number;
  converted: number;
  /** converted / visitors, 0..1; null with nobody in the group. */
  rate: number | null;
}

export interface RuleReport {
  ruleId: string;
  /** Distinct visitors who matched the rule. */
  eligible: number;
  shown: number;
  /** Times the bot or a callback was offered instead. */
  fallback: number;
  accepted: number;
  dismissed: number;
  /** Accepted invitations that became a conversation. */
  conversations: number;
  suppressed: Record<SuppressReason, number>;
  conversion: {
    shown: ConversionGroup;
    holdout: ConversionGroup;
    /** Shown minus holdout, in percentage points; null without both groups. */
    upliftPoints: number | null;
    /** Relative to the holdout's rate; null without both, or when the holdout never converted. */
    upliftRelative: number | null;
    /** Two-proportion z statistic; |z| ≥ 1.96 is unlikely to be chance (95 %). */
    z: number | null;
  };
}

export interface InvitationReport {
  days: number;
  rules: RuleReport[];
}
