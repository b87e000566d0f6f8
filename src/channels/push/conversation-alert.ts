import type { Logger } from 'pino';
import type { Db } from '../../db/db.js';
import { findPushTargets, type PushAudience } from '../../db/queries/push.js';
import type { PushPayload } from '../../shared/schemas/push.js';
import type { PushNotifier } from './push-notifier.js';

export interface ConversationAlertOptions {
  db: Db;
  log: Logger;
  push: Pick<PushNotifier, 'pushTo'>;
  isOnline: (workspaceId: string, userId: string) => boolean;
}

/**
 * A push about one conversation to an audience, skipping anyone whose console is open (the
 * inbox shows it there). `say` words it from the customer's name and the subject. Never
 * throws: a failed alert is logged and skipped.
 */
export function createConversationAlert(
  options: ConversationAlertOptions,
  audience: PushAudience,
  say: (about: { who: string; subject: string }) => Pick<PushPayload, 'title' | 'body'>,
) {
  async function alert(workspaceId: string, conversationId: string) {
    const targets = (
      await findPushTargets(options.db, workspaceId, conversationId, audience)
    ).filter((t) => !options.isOnline(t.workspace_id, t.user_id));
    if (!targets.length) return;
    const words = say({
      who: targets[0]!.contact_name ?? 'A customer',
      subject: targets[0]!.subject ?? 'no subject',
    });
    const payload: PushPayload = {
      ...words,
      url: `/console/conversations/${conversationId}`,
      tag: conversationId,
    };
    options.push.pushTo(targets, payload, conversationId.replaceAll('-', ''));
  }
  return (workspaceId: string, conversationId: string) => {
    alert(workspaceId, conversationId).catch((err: unknown) =>
      options.log.warn({ err, audience }, 'push alert skipped'),
    );
  };
}
