import type { ConversationDeps } from '../conversations/realtime-deps.js';
import type { CoreDeps } from '../deps.js';

/**
 * What survey use cases depend on: the database and clock, and when the caller has them, the
 * realtime publisher (an invitation in a conversation reaches the widget at once), whether
 * email is configured, and the sampling coin.
 */
export type SurveyDeps = CoreDeps &
  Partial<Pick<ConversationDeps, 'publish' | 'emailEnabled' | 'random'>>;

export const DAY_MS = 24 * 60 * 60 * 1000;

/** How long a survey link (and the survey) stays open. */
export const SURVEY_OPEN_DAYS = 30;

/** Where a survey's public page lives, for a signed token. */
export const surveyPath = (token: string) => `/survey/${token}`;
