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
export function createSlaFollower(
  deps: ConversationDeps,
  log: Pick<Logger, 'warn'>,
  /**
   * How long message work waits before it runs, so a burst of messages in a conversation is
   * one clock update (it uses the time the message committed, so the wait changes no due time).
   */
  settleMs = 200,
) {
  const chains = new Map<string, Promise<void>>();
  // The last task queued per conversation, while it has not started. It reads the state when it
  // runs, so another of the same kind right behind it would find nothing more to do: a burst of
  // customer messages costs one update, not one per message. (Only the tail: a customer message
  // after a reply must still start the next clock.)
  const tails = new Map<string, { kind: string }>();

  function run(event: ConversationEvent, kind: string, task: () => Promise<boolean>, settle = 0) {
    const where = { workspaceId: event.workspaceId, conversationId: event.conversationId };
    const key = `${where.workspaceId}:${where.conversationId}`;
    if (tails.get(key)?.kind === kind) return;
    const mine = { kind };
    tails.set(key, mine);
    const next = (chains.get(key) ?? Promise.resolve())
      .then(async () => {
        if (settle) await new Promise((resolve) => setTimeout(resolve, settle));
        // Live chat first: on PGlite this work would make the next messages wait.
        await deps.writer.whenIdle();
        if (tails.get(key) === mine) tails.delete(key);
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
      if (f.t === 'conversation') {
        run(event, 'change', () => trackConversationChange(deps, where));
      }
      if (f.t !== 'inbox') return;
      // The time the message committed, not the time the (settled) work runs.
      const at = deps.now();
      if (startsReplyClock(f)) {
        run(event, 'customer', () => trackCustomerMessage(deps, where, at), settleMs);
      } else if (meetsReplyClock(f)) {
        run(event, 'reply', () => trackAgentReply(deps, where, at), settleMs);
      }
    },
    /** Waits for SLA work in flight (shutdown, tests). */
    async drain() {
      while (chains.size) await Promise.all([...chains.values()]);
    },
  };
}

export type SlaFollower = ReturnType<typeof createSlaFollower>;
