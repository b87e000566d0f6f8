import type { Priority, SlaMetric, SlaState } from '../../shared/sla-labels.js';
import type { Db } from '../db.js';

export interface SlaReportDbRow {
  metric: SlaMetric;
  priority: Priority;
  targets: number;
  met: number;
  breached: number;
  median_minutes: number | null;
}

/**
 * Per metric and priority, the clocks with a target started in [from, to): how many were met
 * in time, how many were missed (recorded, or met after the due time), and the median minutes
 * to being met.
 */
export async function slaReport(
  db: Db,
  workspaceId: string,
  period: { from: Date; to: Date },
): Promise<SlaReportDbRow[]> {
  return db.query<SlaReportDbRow>(
    `select metric, priority, count(*)::int as targets,
            count(*) filter (where met_at is not null and breached_at is null
                               and met_at <= due_at)::int as met,
            count(*) filter (where breached_at is not null or met_at > due_at)::int as breached,
            (percentile_cont(0.5) within group (
               order by extract(epoch from met_at - started_at) / 60)
               filter (where met_at is not null))::float8 as median_minutes
       from sla_targets
      where workspace_id = $1 and started_at >= $2 and started_at < $3 and due_at is not null
        and not (stopped_at is not null and breached_at is null)
      group by metric, priority`,
    [workspaceId, period.from, period.to],
  );
}

export interface NearestSlaRow {
  conversation_id: string;
  metric: SlaMetric;
  due_at: Date;
  warn_at: Date | null;
  state: SlaState;
}

/** Each conversation's running clock due soonest, with its recorded state. */
export async function nearestSlas(
  db: Db,
  workspaceId: string,
  conversationIds: string[],
): Promise<NearestSlaRow[]> {
  if (!conversationIds.length) return [];
  return db.query<NearestSlaRow>(
    `select distinct on (t.conversation_id) t.conversation_id, t.metric, t.due_at,
            case when p.warn_before_minutes > 0
                 then t.due_at - make_interval(mins => p.warn_before_minutes) end as warn_at,
            case when t.breached_at is not null then 'breached'
                 when t.warned_at is not null then 'warning' else 'ok' end as state
       from sla_targets t
       left join sla_policies p on p.workspace_id = t.workspace_id and p.priority = t.priority
      where t.workspace_id = $1 and t.conversation_id = any($2::uuid[])
        and t.met_at is null and t.stopped_at is null and t.due_at is not null
      order by t.conversation_id, t.due_at`,
    [workspaceId, conversationIds],
  );
}
