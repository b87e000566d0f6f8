import type { Logger } from 'pino';
import type { LadderMove } from '../../core/escalation/sweep-overdue.js';
import type { Db } from '../../db/db.js';
import { findSupervisorPushTargets } from '../../db/queries/supervisor-push.js';
import type { PushPayload } from '../../shared/schemas/push.js';
import type { PushNotifier } from './push-notifier.js';

/**
 * When the ladder clock moves a conversation to the supervisor rung, the workspace's owners and
 * admins whose console is closed get a push on their phones (those with it open see the
 * conversation flagged in the inbox). Called on the node that made the move, so once.
 */
export function createSupervisorAlerts(options: {
  db: Db;
  log: Logger;
  push: Pick<PushNotifier, 'pushTo'>;
  isOnline: (workspaceId: string, userId: string) => boolean;
}) {
  async function alert(move: LadderMove) {
    const targets = (
      await findSupervisorPushTargets(options.db, move.workspaceId, move.conversationId)
    ).filter((t) => !options.isOnline(t.workspace_id, t.user_id));
    if (!targets.length) return;
    const who = targets[0]!.contact_name ?? 'A customer';
    const payload: PushPayload = {
      title: `${who} needs a supervisor`,
      body: `Waited longer than the team queue's time budget: ${targets[0]!.subject ?? 'no subject'}`,
      url: `/console/conversations/${move.conversationId}`,
      tag: move.conversationId,
    };
    options.push.pushTo(targets, payload, move.conversationId.replaceAll('-', ''));
  }

  return {
    consider(move: LadderMove) {
      if (move.to !== 'supervisor') return;
      alert(move).catch((err: unknown) => options.log.warn({ err }, 'supervisor alert skipped'));
    },
  };
}
