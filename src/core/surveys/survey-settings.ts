import { findSurveySettings, saveSurveySettings } from '../../db/queries/survey-settings.js';
import type { Role } from '../../db/queries/users.js';
import { TOUCHPOINTS, type SurveySettings } from '../../shared/schemas/surveys.js';
import type { CoreDeps } from '../deps.js';
import { requireAdmin } from '../users/require-role.js';

/** The workspace's survey settings, defaults filled in (every touchpoint sampled in full). */
export async function getSurveySettings(
  deps: Pick<CoreDeps, 'db'>,
  workspaceId: string,
): Promise<SurveySettings> {
  const row = await findSurveySettings(deps.db, workspaceId);
  return {
    fatigueDays: row.fatigue_days,
    followUpHours: row.follow_up_hours,
    sampling: Object.fromEntries(
      TOUCHPOINTS.map((t) => [t, row.sampling[t] ?? 1]),
    ) as SurveySettings['sampling'],
  };
}

/** Owners and admins set the fatigue cap, the follow-up time and each touchpoint's sampling. */
export async function updateSurveySettings(
  deps: Pick<CoreDeps, 'db'>,
  by: { workspaceId: string; userId: string; role: Role },
  settings: SurveySettings,
): Promise<SurveySettings> {
  requireAdmin(by.role);
  await saveSurveySettings(deps.db, {
    workspace_id: by.workspaceId,
    fatigue_days: settings.fatigueDays,
    follow_up_hours: settings.followUpHours,
    sampling: settings.sampling,
    updated_by: by.userId,
  });
  return getSurveySettings(deps, by.workspaceId);
}
