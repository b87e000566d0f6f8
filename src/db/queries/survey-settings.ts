import type { Db } from '../db.js';

export interface SurveySettingsRow {
  workspace_id: string;
  fatigue_days: number;
  sampling: Record<string, number>;
  follow_up_hours: number;
}

/** The workspace's survey settings, or the defaults when it has never changed them. */
export async function findSurveySettings(db: Db, workspaceId: string): Promise<SurveySettingsRow> {
  const [row] = await db.query<SurveySettingsRow>(
    `select workspace_id, fatigue_days, sampling, follow_up_hours
       from survey_settings where workspace_id = $1`,
    [workspaceId],
  );
  return row ?? { workspace_id: workspaceId, fatigue_days: 30, sampling: {}, follow_up_hours: 48 };
}

export async function saveSurveySettings(
  db: Db,
  s: SurveySettingsRow & { updated_by: string | null },
): Promise<SurveySettingsRow> {
  const [row] = await db.query<SurveySettingsRow>(
    `insert into survey_settings (workspace_id, fatigue_days, sampling, follow_up_hours, updated_by)
     values ($1, $2, $3, $4, $5)
     on conflict (workspace_id) do update set fatigue_days = excluded.fatigue_days,
       sampling = excluded.sampling, follow_up_hours = excluded.follow_up_hours,
       updated_by = excluded.updated_by, updated_at = now()
     returning workspace_id, fatigue_days, sampling, follow_up_hours`,
    [s.workspace_id, s.fatigue_days, JSON.stringify(s.sampling), s.follow_up_hours, s.updated_by],
  );
  return row!;
}
