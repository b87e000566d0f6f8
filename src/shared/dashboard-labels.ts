/**
 * The dashboard's filter values and their names, without zod, so the console can list them
 * without bundling the schemas (zod probes for eval, which the console's CSP refuses).
 */

/** A conversation's channel: the dashboard's channel filter. */
export const DASHBOARD_CHANNELS = ['chat', 'email', 'voice'] as const;
export type DashboardChannel = (typeof DASHBOARD_CHANNELS)[number];

export const DASHBOARD_CHANNEL_LABELS: Record<DashboardChannel, string> = {
  chat: 'Chat',
  email: 'Email',
  voice: 'Voice',
};

/** Longer periods are refused: a year of answers is the most one request reads. */
export const DASHBOARD_MAX_DAYS = 366;

/** Up to this many days the trend is per day; longer periods are per week (Monday, UTC). */
export const DASHBOARD_DAILY_MAX_DAYS = 62;
