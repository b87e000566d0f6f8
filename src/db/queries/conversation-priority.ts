import type { Db } from '../db.js';
import type { ConversationRow } from './conversations.js';

/** Sets an open or resolved conversation's priority; nothing when it is not in the workspace. */
export async function updateConversationPriority(
  db: Db,
  workspaceId: string,
  conversationId: string,
  priority: ConversationRow['priority'],
): Promise<{ row: ConversationRow; changed: boolean } | undefined> {
  return db.transaction(async (tx) => {
    const [before] = await tx.query<ConversationRow>(
      'select * from conversations where workspace_id = $1 and id = $2 for update',
      [workspaceId, conversationId],
    );
    if (!before) return undefined;
    if (before.priority === priority) return { row: before, changed: false };
    const [row] = await tx.query<ConversationRow>(
      // Not activity: the inbox's order (updated_at) stays as it was.
      'update conversations set priority = $3 where workspace_id = $1 and id = $2 returning *',
      [workspaceId, conversationId, priority],
    );
    return { row: row!, changed: true };
  });
}
