import { slaReport } from '../../db/queries/sla-report.js';
import { PRIORITIES, SLA_METRICS, type SlaReportRow } from '../../shared/sla-labels.js';
import type { CoreDeps } from '../deps.js';

/**
 * Per metric and priority, the SLA clocks with a target started in [from, to): met in time,
 * breached, the breach rate among those decided, and the median minutes to being met (for the
 * first response: the median time to first response). Only combinations with clocks appear.
 */
export async function loadSlaReport(
  deps: Pick<CoreDeps, 'db'>,
  workspaceId: string,
  period: { from: Date; to: Date },
): Promise<SlaReportRow[]> {
  const rows = await slaReport(deps.db, workspaceId, period);
  const order = (r: { metric: string; priority: string }) =>
    SLA_METRICS.indexOf(r.metric as never) * 10 + PRIORITIES.indexOf(r.priority as never);
  return rows
    .map((r) => {
      const decided = r.met + r.breached;
      return {
        metric: r.metric,
        priority: r.priority,
        targets: r.targets,
        met: r.met,
        breached: r.breached,
        breachRate: decided ? r.breached / decided : null,
        medianMinutes: r.median_minutes === null ? null : Math.round(r.median_minutes * 10) / 10,
      };
    })
    .sort((a, b) => order(a) - order(b));
}
