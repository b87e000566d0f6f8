import { listImprovementRows } from '../../db/queries/improvements.js';
import type { ImprovementSummary } from '../../shared/schemas/improvements.js';
import type { CoreDeps } from '../deps.js';
import { improvementSummary } from './improvement-views.js';

/** The workspace's improvements (of one topic when given): unfinished first, latest changed first. */
export async function listImprovements(
  deps: Pick<CoreDeps, 'db'>,
  workspaceId: string,
  topicId?: string,
): Promise<ImprovementSummary[]> {
  return (await listImprovementRows(deps.db, workspaceId, topicId)).map(improvementSummary);
}
