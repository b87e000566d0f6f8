import { listExportRows } from '../../db/queries/dashboard-export.js';
import type { DashboardQuery } from '../../shared/schemas/dashboard.js';
import type { CoreDeps } from '../deps.js';
import { toCsv } from './csv.js';
import { dashboardFilter } from './summarize-dashboard.js';

/** One file holds at most this many answers (a year of a busy workspace); narrow the filter for more. */
export const EXPORT_LIMIT = 100_000;

export const EXPORT_COLUMNS = [
  'date',
  'kind',
  'score',
  'comment',
  'contact',
  'channel',
  'team',
  'conversation_id',
];

/**
 * The answers in the dashboard's filter as CSV (RFC 4180, formulas neutralised), oldest first,
 * with a file name that says what it holds.
 */
export async function exportResponses(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  workspaceId: string,
  q: DashboardQuery,
): Promise<{ fileName: string; csv: string }> {
  const { period, filter } = dashboardFilter(deps.now(), workspaceId, q);
  const rows = await listExportRows(deps.db, filter, EXPORT_LIMIT);
  const csv = toCsv([
    EXPORT_COLUMNS,
    ...rows.map((r) => [
      new Date(r.created_at).toISOString(),
      r.kind,
      r.score,
      r.comment,
      r.contact,
      r.channel,
      r.team,
      r.conversation_id,
    ]),
  ]);
  const day = (d: Date) => d.toISOString().slice(0, 10);
  // `to` is exclusive: the name gives the last day the file covers.
  const last = new Date(period.to.getTime() - 1);
  return { fileName: `feedback-${day(period.from)}-to-${day(last)}.csv`, csv };
}
