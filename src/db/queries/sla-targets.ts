import type { Priority, SlaMetric } from '../../shared/sla-labels.js';
import type { Db } from '../db.js';

export interface SlaTargetRow {
  id: number;
  workspace_id: string;
  conversation_id: string;
  metric: SlaMetric;
  priority: Priority;
  started_at: Date;
  due_at: Date | null;
  warned_at: Date | null;
  met_at: Date | null;
  breached_at: Date | null;
  stopped_at: Date | null;
}

export async function listSlaTargets(
  db: Db,
  workspaceId: string,
  conversationId: string,
): Promise<SlaTargetRow[]> {
  return db.query<SlaTargetRow>(
    `select * from sla_targets where workspace_id = $1 and conversation_id = $2 order by id`,
    [workspaceId, conversationId],
  );
}

/** Starts a clock unless one of its kind already runs (the unique indexes decide); true if new. */
export async function insertSlaTarget(
  db: Db,
  t: Pick<
    SlaTargetRow,
    'workspace_id' | 'conversation_id' | 'metric' | 'priority' | 'started_at' | 'due_at'
  >,
): Promise<boolean> {
  const rows = await db.query(
    `insert into sla_targets (workspace_id, conversation_id, metric, priority, started_at, due_at)
     select $1, $2, $3, $4, $5, $6
      where exists (select 1 from conversations where workspace_id = $1 and id = $2)
     on conflict do nothing returning id`,
    [t.workspace_id, t.conversation_id, t.metric, t.priority, t.started_at, t.due_at],
  );
  return rows.length > 0;
}

/**
 * Meets the running clocks of these metrics at `at`. One met after its due time is recorded as
 * breached at its due time, so a miss the sweep had not seen yet still counts.
 */
export async function meetSlaTargets(
  db: Db,
  workspaceId: string,
  conversationId: string,
  metrics: SlaMetric[],
  at: Date,
): Promise<number> {
  const rows = await db.query(
    `update sla_targets
        set met_at = $4,
            breached_at = coalesce(breached_at, case when due_at < $4 then due_at end)
      where workspace_id = $1 and conversation_id = $2 and metric = any($3::text[])
        and met_at is null and stopped_at is null
      returning id`,
    [workspaceId, conversationId, metrics, at],
  );
  return rows.length;
}

/** Stops running reply clocks without a verdict (nobody owes a reply on a resolved conversation). */
export async function stopSlaTargets(
  db: Db,
  workspaceId: string,
  conversationId: string,
  metrics: SlaMetric[],
  at: Date,
): Promise<number> {
  const rows = await db.query(
    `update sla_targets set stopped_at = $4
      where workspace_id = $1 and conversation_id = $2 and metric = any($3::text[])
        and met_at is null and stopped_at is null and breached_at is null
      returning id`,
    [workspaceId, conversationId, metrics, at],
  );
  return rows.length;
}

/** A new due time after a change of priority (or policy); the warning may be owed again. */
export async function setSlaDue(
  db: Db,
  workspaceId: string,
  id: number,
  change: { priority: Priority; dueAt: Date | null },
): Promise<void> {
  await db.query(
    `update sla_targets
        set priority = $3, due_at = $4, warned_at = case when breached_at is null then null
                                                          else warned_at end
      where workspace_id = $1 and id = $2`,
    [workspaceId, id, change.priority, change.dueAt],
  );
}

/** Running clocks of a workspace (after its policies changed), oldest first. */
export async function listRunningSlaConversations(
  db: Db,
  workspaceId: string,
  limit: number,
): Promise<string[]> {
  const rows = await db.query<{ conversation_id: string }>(
    `select conversation_id from sla_targets
      where workspace_id = $1 and met_at is null and stopped_at is null and breached_at is null
      group by conversation_id order by min(started_at) limit $2`,
    [workspaceId, limit],
  );
  return rows.map((r) => r.conversation_id);
}
