import type { Db } from '../db.js';

/** The customer waiting in this conversation wants the team's replies by email (last ask wins). */
export async function saveEmailReplyRequest(
  tx: Db,
  r: { workspace_id: string; conversation_id: string; email: string; after_seq: number },
): Promise<void> {
  await tx.query(
    `insert into email_reply_requests (workspace_id, conversation_id, email, emailed_seq)
     select c.workspace_id, c.id, $3, $4 from conversations c
      where c.workspace_id = $1 and c.id = $2
     on conflict (conversation_id) do update set email = excluded.email`,
    [r.workspace_id, r.conversation_id, r.email, r.after_seq],
  );
}

/**
 * Moves the conversation's "emailed up to" mark to `seq` and returns the address, or undefined
 * when nobody asked for email here or that message was already queued: each reply goes once.
 */
export async function claimReplyEmail(
  tx: Db,
  workspaceId: string,
  conversationId: string,
  seq: number,
): Promise<string | undefined> {
  const [row] = await tx.query<{ email: string }>(
    `update email_reply_requests set emailed_seq = $3
      where workspace_id = $1 and conversation_id = $2 and emailed_seq < $3
      returning email`,
    [workspaceId, conversationId, seq],
  );
  return row?.email;
}

export async function findEmailReplyRequest(
  db: Db,
  workspaceId: string,
  conversationId: string,
): Promise<{ email: string } | undefined> {
  const [row] = await db.query<{ email: string }>(
    `select email from email_reply_requests where workspace_id = $1 and conversation_id = $2`,
    [workspaceId, conversationId],
  );
  return row;
}

/** Gives an anonymous contact the address they left, without overwriting a known one. */
export async function fillContactEmail(
  tx: Db,
  workspaceId: string,
  contactId: string,
  email: string,
): Promise<void> {
  await tx.query(
    `update contacts set email = $3 where workspace_id = $1 and id = $2 and email is null`,
    [workspaceId, contactId, email],
  );
}
