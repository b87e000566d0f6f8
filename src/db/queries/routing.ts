import type { Db } from '../db.js';

/** An open conversation that needs or has a person: what the router is told about it. */
export interface RoutableRow {
  id: string;
  owner: 'queue' | 'agent';
  assignee_id: string | null;
  team_id: string | null;
  channel: string;
  priority: 'urgent' | 'high' | 'normal' | 'low';
  /** Its place in line (for held ones: when it first queued, else when it was created). */
  queued_at: Date;
}

/** The open work of a workspace that is queued or held by an agent (not the bot's, not champions'). */
export async function listRoutable(db: Db, workspaceId: string): Promise<RoutableRow[]> {
  return db.query<RoutableRow>(
    `select id, owner, assignee_id, team_id, channel, priority,
        coalesce(queued_at, created_at) as queued_at
       from conversations
      where workspace_id = $1 and status = 'open' and owner in ('queue', 'agent')`,
    [workspaceId],
  );
}

export async function findRoutable(
  db: Db,
  workspaceId: string,
  conversationId: string,
): Promise<RoutableRow | undefined> {
  const [row] = await db.query<RoutableRow>(
    `select id, owner, assignee_id, team_id, channel, priority,
        coalesce(queued_at, created_at) as queued_at
       from conversations
      where workspace_id = $1 and id = $2 and status = 'open' and owner in ('queue', 'agent')`,
    [workspaceId, conversationId],
  );
  return row;
}

/**
 * Serialises assignments to one agent across server nodes for the rest of the transaction, then
 * counts what they hold on the channel: two nodes can never both fill the last slot.
 */
export async function lockAgentLoad(
  db: Db,
  workspaceId: string,
  agentId: string,
  channel: string,
): Promise<number> {
  await db.query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [
    `route:${workspaceId}:${agentId}`,
  ]);
  const [row] = await db.query<{ n: number }>(
    `select count(*)::int as n from conversations
      where workspace_id = $1 and assignee_id = $2 and status = 'open' and channel = $3`,
    [workspaceId, agentId, channel],
  );
  return row?.n ?? 0;
}

export async function insertRoutingDecisions(
  db: Db,
  workspaceId: string,
  rows: { conversation_id: string; agent_id: string | null; reason: string; detail: string }[],
): Promise<void> {
  if (!rows.length) return;
  await db.query(
    `insert into routing_decisions (workspace_id, conversation_id, agent_id, reason, detail)
     select $1, d.conversation_id, d.agent_id, d.reason, d.detail
       from jsonb_to_recordset($2::jsonb)
         as d(conversation_id uuid, agent_id uuid, reason text, detail text)
      where exists (select 1 from conversations c where c.workspace_id = $1 and c.id = d.conversation_id)`,
    [workspaceId, JSON.stringify(rows)],
  );
}

export interface RoutingDecisionRow {
  agent_id: string | null;
  reason: string;
  detail: string;
  at: Date;
}

export async function listRoutingDecisions(
  db: Db,
  workspaceId: string,
  conversationId: string,
): Promise<RoutingDecisionRow[]> {
  return db.query<RoutingDecisionRow>(
    `select agent_id, reason, detail, at from routing_decisions
      where workspace_id = $1 and conversation_id = $2 order by id`,
    [workspaceId, conversationId],
  );
}
