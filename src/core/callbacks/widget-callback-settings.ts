import { findWorkspaceByKey } from '../../db/queries/workspaces.js';
import type { WidgetCallbackSettings } from '../../shared/schemas/callbacks.js';
import type { ConversationDeps } from '../conversations/realtime-deps.js';
import { AppError } from '../errors.js';
import { loadCallTeam } from './call-capacity.js';
import { callbackSettings } from './callback-settings.js';

/** Before the panel asks for slots: whether to offer callbacks and alternatives at all. */
export async function widgetCallbackSettings(
  deps: Pick<ConversationDeps, 'db' | 'emailEnabled'>,
  workspaceKey: string | undefined,
): Promise<WidgetCallbackSettings> {
  const workspace = workspaceKey ? await findWorkspaceByKey(deps.db, workspaceKey) : undefined;
  if (!workspace) throw new AppError('not_found', 'Unknown workspace key.');
  const settings = await callbackSettings(deps, workspace.id);
  const team = settings.enabled ? await loadCallTeam(deps.db, workspace.id, settings) : undefined;
  return {
    enabled: settings.enabled && Boolean(team?.callers.length),
    alternativesMinutes: settings.alternativesMinutes,
    email: Boolean(deps.emailEnabled),
  };
}
