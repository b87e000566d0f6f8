import type { Logger } from 'pino';
import { enqueueEmail } from '../../db/queries/email-outbox.js';
import { claimReplyEmail } from '../../db/queries/email-replies.js';
import { findMember } from '../../db/queries/users.js';
import { findWorkspaceById } from '../../db/queries/workspaces.js';
import type { ConversationEvent } from '../../shared/realtime.js';
import type { ConversationDeps } from '../conversations/realtime-deps.js';

/**
 * Emails the team's replies to customers who asked to be answered by email. Watches committed
 * messages on the node that committed them (each is considered once); the reply's sequence is
 * claimed in the same transaction that queues the email, so each reply is emailed at most once
 * whatever races. Private notes never leave.
 */
export function createEmailReplyForwarder(
  deps: Pick<ConversationDeps, 'db' | 'emailEnabled'>,
  log: Pick<Logger, 'warn'>,
) {
  const pending = new Set<Promise<unknown>>();

  async function forward(
    workspaceId: string,
    m: { conversationId: string; seq: number; body: string; authorId: string | null },
  ) {
    await deps.db.transaction(async (tx) => {
      const to = await claimReplyEmail(tx, workspaceId, m.conversationId, m.seq);
      if (!to) return;
      const [workspace, agent] = await Promise.all([
        findWorkspaceById(tx, workspaceId),
        m.authorId ? findMember(tx, workspaceId, m.authorId) : undefined,
      ]);
      await enqueueEmail(tx, {
        workspace_id: workspaceId,
        template: 'conversation_reply',
        to_address: to,
        data: {
          company: workspace?.name ?? '',
          text: m.body,
          sender: { name: agent?.name ?? 'The team', email: agent?.email ?? '' },
        },
      });
    });
  }

  return {
    consider(event: ConversationEvent) {
      const f = event.frame;
      if (!deps.emailEnabled || f.t !== 'message') return;
      if (f.message.authorType !== 'agent' || f.message.private) return;
      const job = forward(event.workspaceId, f.message)
        .catch((err: unknown) => log.warn({ err }, 'could not queue a reply by email'))
        .finally(() => pending.delete(job));
      pending.add(job);
    },
    /** Waits for replies being queued (shutdown, tests). */
    async drain() {
      await Promise.allSettled([...pending]);
    },
  };
}
