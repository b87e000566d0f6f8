import type { Db } from '../db.js';

export interface InvitationRow {
  id: string;
  workspace_id: string;
  rule_id: string;
  visitor_key: string;
  contact_id: string | null;
  decision: 'shown' | 'fallback' | 'suppressed';
  reason: string | null;
  offer: 'person' | 'bot' | 'callback' | null;
  predicted_wait_minutes: number | null;
  url: string;
  response: 'accepted' | 'dismissed' | null;
  responded_at: Date | null;
  conversation_id: string | null;
  decided_at: Date;
}

export type NewInvitation = Omit<InvitationRow, 'response' | 'responded_at' | 'conversation_id'>;

/**
 * Serialises decisions for one visitor for the rest of the transaction, so two evaluations at
 * once (two tabs) cannot both pass the frequency cap.
 */
export async function lockVisitor(db: Db, workspaceId: string, visitorKey: string): Promise<void> {
  await db.query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [
    `invite:${workspaceId}:${visitorKey}`,
  ]);
}

export interface VisitorHistory {
  /** Last time this rule invited the visitor, offered a fallback, or held them out. */
  exposed_at: Date | null;
  /** Last time the visitor dismissed any invitation of the workspace. */
  dismissed_at: Date | null;
}

export async function visitorHistory(
  db: Db,
  workspaceId: string,
  visitorKey: string,
  ruleId: string,
): Promise<VisitorHistory> {
  const [row] = await db.query<VisitorHistory>(
    `select
       max(decided_at) filter (where rule_id = $3
         and (decision <> 'suppressed' or reason = 'holdout')) as exposed_at,
       max(responded_at) filter (where response = 'dismissed') as dismissed_at
     from invitations where workspace_id = $1 and visitor_key = $2`,
    [workspaceId, visitorKey, ruleId],
  );
  return row ?? { exposed_at: null, dismissed_at: null };
}

/** Whether the same suppression was already counted for this visitor since `since`. */
export async function sameSuppressionSince(
  db: Db,
  workspaceId: string,
  visitorKey: string,
  ruleId: string,
  reason: string,
  since: Date,
): Promise<boolean> {
  const rows = await db.query(
    `select 1 from invitations
      where workspace_id = $1 and visitor_key = $2 and rule_id = $3 and decision = 'suppressed'
        and reason = $4 and decided_at >= $5 limit 1`,
    [workspaceId, visitorKey, ruleId, reason, since],
  );
  return rows.length > 0;
}

export async function insertInvitation(db: Db, i: NewInvitation): Promise<void> {
  await db.query(
    `insert into invitations (id, workspace_id, rule_id, visitor_key, contact_id, decision,
       reason, offer, predicted_wait_minutes, url, decided_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      i.id,
      i.workspace_id,
      i.rule_id,
      i.visitor_key,
      i.contact_id,
      i.decision,
      i.reason,
      i.offer,
      i.predicted_wait_minutes,
      i.url,
      i.decided_at,
    ],
  );
}

/** Records the visitor's answer once; undefined when it was not theirs to answer (or answered). */
export async function recordResponse(
  db: Db,
  workspaceId: string,
  id: string,
  visitorKey: string,
  response: 'accepted' | 'dismissed',
  at: Date,
): Promise<InvitationRow | undefined> {
  const [row] = await db.query<InvitationRow>(
    `update invitations set response = $4, responded_at = $5
      where workspace_id = $1 and id = $2 and visitor_key = $3
        and decision <> 'suppressed' and response is null
      returning *`,
    [workspaceId, id, visitorKey, response, at],
  );
  return row;
}

/**
 * Ties an accepted invitation to the conversation it led to, when that conversation is the
 * contact's own. Returns the rule's team for the conversation, or undefined when nothing matched.
 */
export async function linkConversation(
  db: Db,
  workspaceId: string,
  id: string,
  visitorKey: string,
  conversationId: string,
  contactId: string,
): Promise<{ team_id: string | null } | undefined> {
  const [row] = await db.query<{ team_id: string | null }>(
    `update invitations i set conversation_id = $4, contact_id = $5
       from invitation_rules r
      where i.workspace_id = $1 and i.id = $2 and i.visitor_key = $3
        and i.response = 'accepted' and i.conversation_id is null
        and r.workspace_id = i.workspace_id and r.id = i.rule_id
        and exists (select 1 from conversations c
                     where c.workspace_id = $1 and c.id = $4 and c.contact_id = $5)
      returning r.team_id`,
    [workspaceId, id, visitorKey, conversationId, contactId],
  );
  return row;
}

/** Sends an open conversation that has no team yet to `teamId`; false when it had one. */
export async function setConversationTeam(
  db: Db,
  workspaceId: string,
  conversationId: string,
  teamId: string,
): Promise<boolean> {
  const rows = await db.query(
    `update conversations set team_id = $3
      where workspace_id = $1 and id = $2 and team_id is null and status = 'open'
        and exists (select 1 from teams t where t.workspace_id = $1 and t.id = $3)
      returning id`,
    [workspaceId, conversationId, teamId],
  );
  return rows.length > 0;
}

/** Whether the visitor was invited or held out since `since` (only they can convert). */
export async function wasExposedSince(
  db: Db,
  workspaceId: string,
  visitorKey: string,
  since: Date,
): Promise<boolean> {
  const rows = await db.query(
    `select 1 from invitations
      where workspace_id = $1 and visitor_key = $2 and decided_at >= $3
        and (decision = 'shown' or reason = 'holdout') limit 1`,
    [workspaceId, visitorKey, since],
  );
  return rows.length > 0;
}

export async function insertGoal(
  db: Db,
  workspaceId: string,
  visitorKey: string,
  name: string,
  at: Date,
): Promise<void> {
  await db.query(
    'insert into invitation_goals (workspace_id, visitor_key, name, at) values ($1, $2, $3, $4)',
    [workspaceId, visitorKey, name, at],
  );
}

/** A shown invitation the visitor has not answered yet, with what its rule promised. */
export async function findOpenInvitation(
  db: Db,
  workspaceId: string,
  id: string,
  visitorKey: string,
): Promise<
  { decision: 'shown' | 'fallback'; team_id: string | null; max_wait_minutes: number } | undefined
> {
  const [row] = await db.query<{
    decision: 'shown' | 'fallback';
    team_id: string | null;
    max_wait_minutes: number;
  }>(
    `select i.decision, r.team_id, r.max_wait_minutes
       from invitations i join invitation_rules r on r.workspace_id = i.workspace_id and r.id = i.rule_id
      where i.workspace_id = $1 and i.id = $2 and i.visitor_key = $3
        and i.decision <> 'suppressed' and i.response is null`,
    [workspaceId, id, visitorKey],
  );
  return row;
}
