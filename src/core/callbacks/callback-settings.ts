import {
  findCallbackSettings,
  type CallbackSettingsRow,
} from '../../db/queries/callback-settings.js';
import type { Db } from '../../db/db.js';
import { CallbackSettings } from '../../shared/schemas/callbacks.js';

export const DEFAULT_CALLBACK_SETTINGS: CallbackSettings = CallbackSettings.parse({});

export const settingsOfRow = (r: CallbackSettingsRow): CallbackSettings => ({
  enabled: r.enabled,
  defaultCountry: r.default_country,
  promiseMinutes: r.promise_minutes,
  slotMinutes: r.slot_minutes,
  daysAhead: r.days_ahead,
  maxAttempts: r.max_attempts,
  retryMinutes: r.retry_minutes,
  reminderMinutes: r.reminder_minutes,
  alternativesMinutes: r.alternatives_minutes,
  teamId: r.team_id,
});

export const rowOfSettings = (s: CallbackSettings): CallbackSettingsRow => ({
  enabled: s.enabled,
  default_country: s.defaultCountry,
  promise_minutes: s.promiseMinutes,
  slot_minutes: s.slotMinutes,
  days_ahead: s.daysAhead,
  max_attempts: s.maxAttempts,
  retry_minutes: s.retryMinutes,
  reminder_minutes: s.reminderMinutes,
  alternatives_minutes: s.alternativesMinutes,
  team_id: s.teamId,
});

/** The workspace's callback settings, or the defaults when it never changed them. */
export async function callbackSettings(
  deps: { db: Db },
  workspaceId: string,
): Promise<CallbackSettings> {
  const row = await findCallbackSettings(deps.db, workspaceId);
  return row ? settingsOfRow(row) : DEFAULT_CALLBACK_SETTINGS;
}
