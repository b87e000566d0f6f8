/**
 * The names of feedback's moving parts, without zod, so browser bundles (the console, the
 * widget) can list them without carrying the validation library.
 */
export const SURVEY_KINDS = ['csat', 'ces', 'nps', 'cx'] as const;
export const FEEDBACK_KINDS = [...SURVEY_KINDS, 'review'] as const;
/** Where a survey may be offered; each has its own sampling rate. */
export const TOUCHPOINTS = ['conversation_resolved', 'case_resolved', 'relational'] as const;
export const SUPPRESSION_REASONS = ['fatigue', 'sampling', 'no_channel'] as const;
export const CHANNELS = ['widget', 'email', 'link'] as const;
export const OUTCOMES = ['contacted', 'recovered', 'not_recovered'] as const;

export type Touchpoint = (typeof TOUCHPOINTS)[number];
export type SuppressionReason = (typeof SUPPRESSION_REASONS)[number];
export type SurveyChannel = (typeof CHANNELS)[number];
export type FollowUpOutcome = (typeof OUTCOMES)[number];
