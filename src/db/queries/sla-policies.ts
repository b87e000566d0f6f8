import type { Priority } from '../../shared/sla-labels.js';
import type { Db } from '../db.js';

export interface SlaPolicyRow {
  workspace_id: string;
  priority: Priority;
  first_response_minutes: number | null;
  next_response_minutes: number | null;
  resolution_minutes: number | null;
  business_hours: boolean;
  warn_before_minutes: number;
}

export async function listSlaPolicies(db: Db, workspaceId: string): Promise<SlaPolicyRow[]> {
  return db.query<SlaPolicyRow>(
    `select workspace_id, priority, first_response_minutes, next_response_minutes,
            resolution_minutes, business_hours, warn_before_minutes
       from sla_policies where workspace_id = $1`,
    [workspaceId],
  );
}

/** Replaces the workspace's whole set: priorities not given lose their targets. */
export async function replaceSlaPolicies(
  db: Db,
  workspaceId: string,
  policies: Omit<SlaPolicyRow, 'workspace_id'>[],
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('delete from sla_policies where workspace_id = $1', [workspaceId]);
    for (const p of policies) {
      await tx.query(
        `insert into sla_policies (workspace_id, priority, first_response_minutes,
           next_response_minutes, resolution_minutes, business_hours, warn_before_minutes)
         values ($1, $2, $3, $4, $5, $6, $7)`,
        [
          workspaceId,
          p.priority,
          p.first_response_minutes,
          p.next_response_minutes,
          p.resolution_minutes,
          p.business_hours,
          p.warn_before_minutes,
        ],
      );
    }
  });
}

/** What a due time is worked out from: the conversation, its team's hours, its policy. */
export interface SlaContextRow {
  status: 'open' | 'resolved';
  priority: Priority;
  created_at: Date;
  team_hours: unknown;
  policy: Omit<SlaPolicyRow, 'workspace_id' | 'priority'> | null;
}

export async function findSlaContext(
  db: Db,
  workspaceId: string,
  conversationId: string,
): Promise<SlaContextRow | undefined> {
  const [row] = await db.query<SlaContextRow>(
    `select c.status, c.priority, c.created_at, t.business_hours as team_hours,
            case when p.priority is null then null else json_build_object(
              'first_response_minutes', p.first_response_minutes,
              'next_response_minutes', p.next_response_minutes,
              'resolution_minutes', p.resolution_minutes,
              'business_hours', p.business_hours,
              'warn_before_minutes', p.warn_before_minutes) end as policy
       from conversations c
       left join teams t on t.workspace_id = c.workspace_id and t.id = c.team_id
       left join sla_policies p on p.workspace_id = c.workspace_id and p.priority = c.priority
      where c.workspace_id = $1 and c.id = $2`,
    [workspaceId, conversationId],
  );
  return row;
}
