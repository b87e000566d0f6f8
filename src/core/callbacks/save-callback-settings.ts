import { isSupportedCountry } from 'libphonenumber-js/max';
import { saveCallbackSettings as saveRow } from '../../db/queries/callback-settings.js';
import { findTeam } from '../../db/queries/teams.js';
import type { CallbackSettings } from '../../shared/schemas/callbacks.js';
import type { CoreDeps } from '../deps.js';
import { AppError } from '../errors.js';
import { callbackSettings, rowOfSettings } from './callback-settings.js';

/** Saves how the workspace takes callbacks (owners and admins; the route checks the role). */
export async function saveCallbackSettings(
  deps: Pick<CoreDeps, 'db'>,
  workspaceId: string,
  settings: CallbackSettings,
  by: string,
): Promise<CallbackSettings> {
  if (!isSupportedCountry(settings.defaultCountry)) {
    throw new AppError(
      'invalid_input',
      `${settings.defaultCountry} is not a country with phone numbers we know: use a code such as US, DE or GB.`,
      { issues: [{ path: 'defaultCountry', message: 'a two-letter country code such as US' }] },
    );
  }
  if (settings.teamId && !(await findTeam(deps.db, workspaceId, settings.teamId))) {
    throw new AppError('invalid_input', 'That team does not exist here; pick one from the list.', {
      issues: [{ path: 'teamId', message: 'a team of this workspace' }],
    });
  }
  await saveRow(deps.db, workspaceId, rowOfSettings(settings), by);
  return callbackSettings(deps, workspaceId);
}
