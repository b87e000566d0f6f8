import { findSlaContext, type SlaContextRow } from '../../db/queries/sla-policies.js';
import {
  insertSlaTarget,
  listSlaTargets,
  meetSlaTargets,
  setSlaDue,
  stopSlaTargets,
  type SlaTargetRow,
} from '../../db/queries/sla-targets.js';
import { BusinessHours } from '../../shared/schemas/business-hours.js';
import type { SlaMetric } from '../../shared/sla-labels.js';
import type { CoreDeps } from '../deps.js';
import { clockForCustomerMessage, dueAt } from './sla-rules.js';

type Deps = Pick<CoreDeps, 'db' | 'now'>;
type Where = { workspaceId: string; conversationId: string };

const REPLY_CLOCKS: SlaMetric[] = ['first_response', 'next_response'];
const running = (t: SlaTargetRow) => !t.met_at && !t.stopped_at;

function hoursOf(context: SlaContextRow) {
  const parsed = BusinessHours.safeParse(context.team_hours);
  return parsed.success ? parsed.data : null;
}

async function start(
  deps: Deps,
  where: Where,
  context: SlaContextRow,
  metric: SlaMetric,
  at: Date,
) {
  return insertSlaTarget(deps.db, {
    workspace_id: where.workspaceId,
    conversation_id: where.conversationId,
    metric,
    priority: context.priority,
    started_at: at,
    due_at: dueAt(context.policy, metric, at, hoursOf(context)),
  });
}

/**
 * An open conversation always has a resolution clock: from its creation the first time, from
 * the reopening after that.
 */
async function ensureResolutionClock(deps: Deps, where: Where, context: SlaContextRow) {
  const targets = await listSlaTargets(deps.db, where.workspaceId, where.conversationId);
  const resolutions = targets.filter((t) => t.metric === 'resolution');
  if (resolutions.some(running)) return { targets, started: false };
  const now = deps.now();
  // Never from the future: the database's clock and the app's may differ slightly.
  const at = resolutions.length || context.created_at > now ? now : context.created_at;
  return { targets, started: await start(deps, where, context, 'resolution', at) };
}

/** A customer's message: starts the first- or next-response clock unless one runs. */
export async function trackCustomerMessage(
  deps: Deps,
  where: Where,
  at: Date = deps.now(),
): Promise<boolean> {
  const context = await findSlaContext(deps.db, where.workspaceId, where.conversationId);
  if (context?.status !== 'open') return false;
  const { targets, started } = await ensureResolutionClock(deps, where, context);
  const replies = targets.filter((t) => REPLY_CLOCKS.includes(t.metric));
  const metric = clockForCustomerMessage({
    firstStarted: replies.some((t) => t.metric === 'first_response'),
    running: replies.some(running),
  });
  if (!metric) return started;
  return (await start(deps, where, context, metric, at)) || started;
}

/** A person's public reply meets the running reply clock. */
export async function trackAgentReply(
  deps: Deps,
  where: Where,
  at: Date = deps.now(),
): Promise<boolean> {
  const met = await meetSlaTargets(
    deps.db,
    where.workspaceId,
    where.conversationId,
    REPLY_CLOCKS,
    at,
  );
  return met > 0;
}

/**
 * The conversation changed (status, owner, priority): resolving meets the resolution clock and
 * stops reply clocks; an open one keeps a resolution clock; running clocks follow its priority.
 */
export async function trackConversationChange(deps: Deps, where: Where): Promise<boolean> {
  const context = await findSlaContext(deps.db, where.workspaceId, where.conversationId);
  if (!context) return false;
  const { db } = deps;
  if (context.status === 'resolved') {
    const at = deps.now();
    const met = await meetSlaTargets(
      db,
      where.workspaceId,
      where.conversationId,
      ['resolution'],
      at,
    );
    const stopped = await stopSlaTargets(
      db,
      where.workspaceId,
      where.conversationId,
      REPLY_CLOCKS,
      at,
    );
    return met + stopped > 0;
  }
  const { targets, started } = await ensureResolutionClock(deps, where, context);
  return (await recompute(deps, where, context, targets)) || started;
}

/** Due times of running, not yet breached clocks, worked out again for the current priority. */
async function recompute(
  deps: Deps,
  where: Where,
  context: SlaContextRow,
  targets: SlaTargetRow[],
) {
  let changed = false;
  for (const t of targets.filter((t) => running(t) && !t.breached_at)) {
    const due = dueAt(context.policy, t.metric, t.started_at, hoursOf(context));
    if (t.priority === context.priority && due?.getTime() === t.due_at?.getTime()) continue;
    await setSlaDue(deps.db, where.workspaceId, t.id, { priority: context.priority, dueAt: due });
    changed = true;
  }
  return changed;
}

/** Running clocks follow a new policy or priority (exported for the policy editor and tests). */
export async function recomputeSlaTargets(deps: Deps, where: Where): Promise<boolean> {
  const context = await findSlaContext(deps.db, where.workspaceId, where.conversationId);
  if (!context || context.status !== 'open') return false;
  const targets = await listSlaTargets(deps.db, where.workspaceId, where.conversationId);
  return recompute(deps, where, context, targets);
}
