import {
  listSlaPolicies,
  replaceSlaPolicies,
  type SlaPolicyRow,
} from '../../db/queries/sla-policies.js';
import { listRunningSlaConversations } from '../../db/queries/sla-targets.js';
import type { SlaPoliciesInput } from '../../shared/schemas/slas.js';
import { PRIORITIES, type SlaPolicyView } from '../../shared/sla-labels.js';
import type { CoreDeps } from '../deps.js';
import { recomputeSlaTargets } from './track-slas.js';

// Running clocks a save brings up to date at once; older ones keep the due time they had.
const RECOMPUTE_LIMIT = 500;

const EMPTY = (priority: SlaPolicyView['priority']): SlaPolicyView => ({
  priority,
  firstResponseMinutes: null,
  nextResponseMinutes: null,
  resolutionMinutes: null,
  businessHours: true,
  warnBeforeMinutes: 15,
});

const viewOf = (r: SlaPolicyRow): SlaPolicyView => ({
  priority: r.priority,
  firstResponseMinutes: r.first_response_minutes,
  nextResponseMinutes: r.next_response_minutes,
  resolutionMinutes: r.resolution_minutes,
  businessHours: r.business_hours,
  warnBeforeMinutes: r.warn_before_minutes,
});

/** One entry per priority, urgent first; a priority without a policy has no targets. */
export async function getSlaPolicies(
  deps: Pick<CoreDeps, 'db'>,
  workspaceId: string,
): Promise<SlaPolicyView[]> {
  const rows = await listSlaPolicies(deps.db, workspaceId);
  return PRIORITIES.map((p) => {
    const row = rows.find((r) => r.priority === p);
    return row ? viewOf(row) : EMPTY(p);
  });
}

/** Replaces the workspace's policies; running clocks take the new targets. */
export async function saveSlaPolicies(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  workspaceId: string,
  input: SlaPoliciesInput,
): Promise<SlaPolicyView[]> {
  await replaceSlaPolicies(
    deps.db,
    workspaceId,
    input.policies.map((p) => ({
      priority: p.priority,
      first_response_minutes: p.firstResponseMinutes,
      next_response_minutes: p.nextResponseMinutes,
      resolution_minutes: p.resolutionMinutes,
      business_hours: p.businessHours,
      warn_before_minutes: p.warnBeforeMinutes,
    })),
  );
  const running = await listRunningSlaConversations(deps.db, workspaceId, RECOMPUTE_LIMIT);
  for (const conversationId of running) {
    await recomputeSlaTargets(deps, { workspaceId, conversationId });
  }
  return getSlaPolicies(deps, workspaceId);
}
