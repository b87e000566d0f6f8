import type { Db } from '../db.js';
import type { ConversationRow } from './conversations.js';

export interface HandoffRow {
  workspace_id: string;
  conversation_id: string;
  from_owner: string;
  from_user: string | null;
  to_owner: string;
  to_user: string | null;
  reason: string;
  actor_id: string | null;
  /** The ladder rungs before and after (migration 0011). */
  from_rung?: string | null;
  to_rung?: string | null;
}

/** Locks the conversation for the rest of the transaction: ownership changes one at a time. */
export async function lockConversation(
  tx: Db,
  workspaceId: string,
  id: string,
): Promise<ConversationRow | undefined> {
  const [row] = await tx.query<ConversationRow>(
    'select * from conversations where workspace_id = $1 and id = $2 for update',
    [workspaceId, id],
  );
  return row;
}

export async function setOwnership(
  tx: Db,
  workspaceId: string,
  id: string,
  s: {
    owner: ConversationRow['owner'];
    assigneeId: string | null;
    status: 'open' | 'resolved';
    rung: ConversationRow['rung'];
    /** Set when the ladder clock starts again; null keeps it running. */
    rungSince: Date | null;
  },
): Promise<ConversationRow> {
  const [row] = await tx.query<ConversationRow>(
    `update conversations set owner = $3, assignee_id = $4, status = $5, updated_at = now(),
       rung = $6, rung_since = coalesce($7::timestamptz, rung_since),
       -- A conversation keeps its place in line while it stays queued; joining sets it now.
       queued_at = case when $3 = 'queue'
                        then coalesce(case when owner = 'queue' then queued_at end, now()) end,
       claimed_at = case when $4::uuid is null then null
                         when assignee_id is distinct from $4::uuid then now()
                         else claimed_at end,
       resolved_at = case when $5 = 'resolved' and status <> 'resolved' then now()
                          else resolved_at end
     where workspace_id = $1 and id = $2 returning *`,
    [workspaceId, id, s.owner, s.assigneeId, s.status, s.rung, s.rungSince],
  );
  return row!;
}

export async function insertHandoff(tx: Db, h: HandoffRow): Promise<void> {
  await tx.query(
    `insert into conversation_handoffs
       (workspace_id, conversation_id, from_owner, from_user, to_owner, to_user, reason, actor_id,
        from_rung, to_rung)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      h.workspace_id,
      h.conversation_id,
      h.from_owner,
      h.from_user,
      h.to_owner,
      h.to_user,
      h.reason,
      h.actor_id,
      h.from_rung ?? null,
      h.to_rung ?? null,
    ],
  );
}

export async function listHandoffs(
  db: Db,
  workspaceId: string,
  conversationId: string,
): Promise<(HandoffRow & { at: Date })[]> {
  return db.query(
    `select workspace_id, conversation_id, from_owner, from_user, to_owner, to_user, reason,
            actor_id, from_rung, to_rung, at
       from conversation_handoffs where workspace_id = $1 and conversation_id = $2 order by id`,
    [workspaceId, conversationId],
  );
}
