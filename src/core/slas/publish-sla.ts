import { nearestSlas } from '../../db/queries/sla-report.js';
import type { SlaBadge } from '../../shared/sla-labels.js';
import type { ConversationDeps } from '../conversations/realtime-deps.js';
import { badgeOf } from './sla-rules.js';

/** The nearest running SLA clock of each conversation (absent: none runs). */
export async function loadSlaBadges(
  deps: Pick<ConversationDeps, 'db'>,
  workspaceId: string,
  conversationIds: string[],
): Promise<Map<string, SlaBadge>> {
  const rows = await nearestSlas(deps.db, workspaceId, conversationIds);
  return new Map(rows.map((r) => [r.conversation_id, badgeOf(r)]));
}

/** Tells every agent's inbox the conversation's nearest SLA clock, after its change committed. */
export async function publishSlaBadge(
  deps: Pick<ConversationDeps, 'db' | 'publish'>,
  where: { workspaceId: string; conversationId: string },
  t: 'sla.updated' | 'sla.warning' | 'sla.breached' = 'sla.updated',
): Promise<SlaBadge | null> {
  const badges = await loadSlaBadges(deps, where.workspaceId, [where.conversationId]);
  const sla = badges.get(where.conversationId) ?? null;
  deps.publish({
    ...where,
    internal: true,
    inbox: true,
    frame: { t, conversationId: where.conversationId, sla },
  });
  return sla;
}
