import type { Logger } from 'pino';
import type { SlaAlert } from '../../core/slas/sweep-slas.js';
import type { Db } from '../../db/db.js';
import { findSlaPushTargets } from '../../db/queries/sla-push.js';
import type { PushPayload } from '../../shared/schemas/push.js';
import { SLA_METRIC_LABELS } from '../../shared/sla-labels.js';
import type { PushNotifier } from './push-notifier.js';

/**
 * When the SLA clock warns about or records a breach, the assignee (or, with nobody holding
 * the conversation, the owners and admins) gets a push — unless their console is open, where
 * the inbox already shows it. Called on the node that recorded it, so once.
 */
export function createSlaAlerts(options: {
  db: Db;
  log: Logger;
  push: Pick<PushNotifier, 'pushTo'>;
  isOnline: (workspaceId: string, userId: string) => boolean;
}) {
  async function alert(a: SlaAlert) {
    const targets = (await findSlaPushTargets(options.db, a.workspaceId, a.conversationId)).filter(
      (t) => !options.isOnline(t.workspace_id, t.user_id),
    );
    if (!targets.length) return;
    const who = targets[0]!.contact_name ?? 'A customer';
    const metric = SLA_METRIC_LABELS[a.metric].toLowerCase();
    const payload: PushPayload = {
      title: a.kind === 'breached' ? `SLA breached: ${who}` : `SLA due soon: ${who}`,
      body:
        a.kind === 'breached'
          ? `The ${metric} target was missed: ${targets[0]!.subject ?? 'no subject'}`
          : `The ${metric} is due in ${a.minutesLeft} min: ${targets[0]!.subject ?? 'no subject'}`,
      url: `/console/conversations/${a.conversationId}`,
      tag: a.conversationId,
    };
    options.push.pushTo(targets, payload, a.conversationId.replaceAll('-', ''));
  }

  return {
    consider(a: SlaAlert) {
      alert(a).catch((err: unknown) => options.log.warn({ err }, 'SLA alert skipped'));
    },
  };
}
