import { countInbox, listInbox, type InboxView } from '../../db/queries/conversations.js';
import type { InboxConversation } from '../../shared/realtime.js';
import type { CoreDeps } from '../deps.js';
import { loadSlaBadges } from '../slas/publish-sla.js';
import { inboxView } from './change-conversation.js';

/** One inbox view for a team member, with the counts of every view. */
export async function loadInbox(
  deps: Pick<CoreDeps, 'db'>,
  q: { workspaceId: string; userId: string; view: InboxView; search?: string; limit: number },
): Promise<{ conversations: InboxConversation[]; counts: Record<InboxView, number> }> {
  const [rows, counts] = await Promise.all([
    listInbox(deps.db, q),
    countInbox(deps.db, q.workspaceId, q.userId),
  ]);
  const slas = await loadSlaBadges(
    deps,
    q.workspaceId,
    rows.map((r) => r.id),
  );
  return {
    conversations: rows.map((r) => ({
      ...inboxView(r, r.contact_name ?? r.contact_email),
      sla: slas.get(r.id) ?? null,
    })),
    counts,
  };
}
