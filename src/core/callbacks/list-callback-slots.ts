import type { SlotView } from '../../shared/schemas/callbacks.js';
import type { CoreDeps } from '../deps.js';
import { loadCallTeam, openSlotsFor } from './call-capacity.js';
import { callbackSettings } from './callback-settings.js';

/** The slots with room now, for an agent moving a call to another time. */
export async function listCallbackSlots(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  workspaceId: string,
): Promise<{ slots: SlotView[]; slotMinutes: number }> {
  const settings = await callbackSettings(deps, workspaceId);
  const team = await loadCallTeam(deps.db, workspaceId, settings);
  const slots = await openSlotsFor(deps.db, workspaceId, settings, team, deps.now());
  return { slots, slotMinutes: settings.slotMinutes };
}
