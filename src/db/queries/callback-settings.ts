import type { Db } from '../db.js';

export interface CallbackSettingsRow {
  enabled: boolean;
  default_country: string;
  promise_minutes: number;
  slot_minutes: number;
  days_ahead: number;
  max_attempts: number;
  retry_minutes: number;
  reminder_minutes: number;
  alternatives_minutes: number;
  team_id: string | null;
}

const COLUMNS = `enabled, default_country, promise_minutes, slot_minutes, days_ahead, max_attempts,
  retry_minutes, reminder_minutes, alternatives_minutes, team_id`;

/** The workspace's stored settings; undefined when it never changed the defaults. */
export async function findCallbackSettings(
  db: Db,
  workspaceId: string,
): Promise<CallbackSettingsRow | undefined> {
  const [row] = await db.query<CallbackSettingsRow>(
    `select ${COLUMNS} from callback_settings where workspace_id = $1`,
    [workspaceId],
  );
  return row;
}

export async function saveCallbackSettings(
  db: Db,
  workspaceId: string,
  s: CallbackSettingsRow,
  by: string | null,
): Promise<void> {
  await db.query(
    `insert into callback_settings (workspace_id, ${COLUMNS}, updated_by, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, now())
     on conflict (workspace_id) do update set enabled = excluded.enabled,
       default_country = excluded.default_country, promise_minutes = excluded.promise_minutes,
       slot_minutes = excluded.slot_minutes, days_ahead = excluded.days_ahead,
       max_attempts = excluded.max_attempts, retry_minutes = excluded.retry_minutes,
       reminder_minutes = excluded.reminder_minutes,
       alternatives_minutes = excluded.alternatives_minutes, team_id = excluded.team_id,
       updated_by = excluded.updated_by, updated_at = now()`,
    [
      workspaceId,
      s.enabled,
      s.default_country,
      s.promise_minutes,
      s.slot_minutes,
      s.days_ahead,
      s.max_attempts,
      s.retry_minutes,
      s.reminder_minutes,
      s.alternatives_minutes,
      s.team_id,
      by,
    ],
  );
}
