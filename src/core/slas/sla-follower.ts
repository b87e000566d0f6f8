import type { Logger } from 'pino';
import type { ConversationEvent } from '../../shared/realtime.js';
import type { ConversationDeps } from '../conversations/realtime-deps.js';
import { publishSlaBadge } from './publish-sla.js';
import { meetsReplyClock, startsReplyClock } from './sla-rules.js';
import { trackAgentReply, trackConversationChange, trackCustomerMessage } from './track-slas.js';

/**
 * Keeps SLA clocks in step with the conversation events this node commits (every node sees
 * every event; only the committing node offers them here, so each is counted once). Work for
 * one conversation runs one task at a time, in the order the events committed; a changed clock
 * is announced to the agents' inboxes.
 */
export function createSlaFollower(deps: ConversationDeps, log: Pick<Logger, 'warn'>) {
  const chains = new Map<string, Promise<void>>();

  function run(event: ConversationEvent, task: () => Promise<boolean>) {
    const where = { workspaceId: event.workspaceId, conversationId: event.conversationId };
    const key = `${where.workspaceId}:${where.conversationId}`;
    const next = (chains.get(key) ?? Promise.resolve())
      .then(async () => {
        if (await task()) await publishSlaBadge(deps, where);
      })
      .catch((err: unknown) => log.warn({ err, ...where }, 'an SLA clock could not be updated'));
    chains.set(key, next);
    void next.finally(() => chains.get(key) === next && chains.delete(key));
  }

  return {
    /** Every event this node committed; never throws, never delays the caller. */
    consider(event: ConversationEvent) {
      const f = event.frame;
      const where = { workspaceId: event.workspaceId, conversationId: event.conversationId };
      if (f.t === 'conversation') run(event, () => trackConversationChange(deps, where));
      if (f.t !== 'inbox') return;
      if (startsReplyClock(f)) run(event, () => trackCustomerMessage(deps, where));
      else if (meetsReplyClock(f)) run(event, () => trackAgentReply(deps, where));
    },
    /** Waits for SLA work in flight (shutdown, tests). */
    async drain() {
      while (chains.size) await Promise.all([...chains.values()]);
    },
  };
}

export type SlaFollower = ReturnType<typeof createSlaFollower>;
