import { markSlaBreaches, markSlaWarnings, type SlaAlertRow } from '../../db/queries/sla-sweep.js';
import type { SlaMetric } from '../../shared/sla-labels.js';
import type { ConversationDeps } from '../conversations/realtime-deps.js';
import { badgeOf } from './sla-rules.js';

/** A clock the sweep found close to or past its due time: reported by exactly one sweep. */
export interface SlaAlert {
  kind: 'warning' | 'breached';
  workspaceId: string;
  conversationId: string;
  metric: SlaMetric;
  dueAt: Date;
  /** Whole minutes left until the due time when it was found (0 once past due). */
  minutesLeft: number;
}

const SWEEP_LIMIT = 500;

/**
 * One pass over every workspace's running SLA clocks: those past due are recorded as breached,
 * those inside their policy's warning window as warned, each once however many sweeps or nodes
 * run (the update re-checks under the row lock). Each is announced to the agents' inboxes.
 */
export async function sweepSlas(deps: ConversationDeps): Promise<SlaAlert[]> {
  const now = deps.now();
  const breaches = await markSlaBreaches(deps.db, now, SWEEP_LIMIT);
  const warnings = await markSlaWarnings(deps.db, now, SWEEP_LIMIT);
  const alerts = [
    ...breaches.map((r) => announce(deps, r, 'breached', now)),
    ...warnings.map((r) => announce(deps, r, 'warning', now)),
  ];
  return alerts;
}

function announce(
  deps: ConversationDeps,
  row: SlaAlertRow,
  kind: SlaAlert['kind'],
  now: Date,
): SlaAlert {
  const where = { workspaceId: row.workspace_id, conversationId: row.conversation_id };
  deps.publish({
    ...where,
    internal: true,
    inbox: true,
    frame: {
      t: kind === 'breached' ? 'sla.breached' : 'sla.warning',
      conversationId: row.conversation_id,
      sla: badgeOf({ ...row, state: kind }),
    },
  });
  const minutesLeft = Math.max(0, Math.ceil((row.due_at.getTime() - now.getTime()) / 60_000));
  return { kind, ...where, metric: row.metric, dueAt: row.due_at, minutesLeft };
}
