import { findLiveCallbackOfContact } from '../../db/queries/callbacks.js';
import type { CallbackOptions } from '../../shared/schemas/callbacks.js';
import type { ConversationDeps, Participant } from '../conversations/realtime-deps.js';
import { loadCallTeam, nowOfferFor, openSlotsFor } from './call-capacity.js';
import { callbackSettings } from './callback-settings.js';
import { customerView } from './callback-views.js';

/**
 * What the booking screen offers this customer right now: "now" (only when someone can call
 * within the promise), the slots with room, and their own live callback if they have one.
 */
export async function listCallbackOptions(
  deps: Pick<ConversationDeps, 'db' | 'now' | 'emailEnabled'>,
  who: Extract<Participant, { kind: 'contact' }>,
  onlineAgentIds: readonly string[],
): Promise<CallbackOptions & { defaultCountry: string }> {
  const settings = await callbackSettings(deps, who.workspaceId);
  const email = Boolean(deps.emailEnabled);
  const live = await findLiveCallbackOfContact(deps.db, who.workspaceId, who.contactId);
  const base = {
    enabled: settings.enabled,
    slotMinutes: settings.slotMinutes,
    defaultCountry: settings.defaultCountry,
    email,
    live: live ? customerView(live, email && Boolean(live.email)) : null,
  };
  if (!settings.enabled) return { ...base, now: { offered: false, etaMinutes: null }, slots: [] };
  const team = await loadCallTeam(deps.db, who.workspaceId, settings);
  const now = deps.now();
  const [offer, slots] = await Promise.all([
    nowOfferFor(deps.db, who.workspaceId, settings, team, onlineAgentIds, now),
    openSlotsFor(deps.db, who.workspaceId, settings, team, now),
  ]);
  return { ...base, now: offer, slots };
}
