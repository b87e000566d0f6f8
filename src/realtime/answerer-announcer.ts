import type { CoreDeps } from '../core/deps.js';
import { answerersOf } from '../core/queue/queue-status.js';
import type { Hub } from './hub.js';
import type { Presence } from './presence.js';

/**
 * Tells each customer connected to this node who has their conversation, when a person does,
 * and whether that person is online now: the widget's header then speaks of the one who will
 * answer, not of whoever else on the team happens to be online. A conversation is told again
 * only when that changes, or when a customer (re)joins it.
 */
export function createAnswererAnnouncer(options: {
  core: Pick<CoreDeps, 'db'>;
  hub: Hub;
  presence: Pick<Presence, 'isOnline'>;
}) {
  const { core, hub, presence } = options;
  /** workspace -> conversation -> what its customers were last told (absent: nobody) */
  const told = new Map<string, Map<string, string>>();

  return {
    /**
     * Looks again at every conversation of the workspace a customer follows on this node, and
     * returns who has each (absent: no one in particular).
     */
    async announce(workspaceId: string): Promise<Map<string, { userId: string; name: string }>> {
      const ids = hub.customerConversations(workspaceId);
      if (!ids.length) {
        told.delete(workspaceId);
        return new Map();
      }
      const answerers = await answerersOf(core, workspaceId, ids);
      // Read after the query: a customer who rejoined meanwhile is told again.
      const before = told.get(workspaceId) ?? new Map<string, string>();
      const now = new Map<string, string>();
      told.set(workspaceId, now);
      for (const conversationId of ids) {
        const who = answerers.get(conversationId);
        const online = who ? presence.isOnline(workspaceId, who.userId) : false;
        const said = who ? `${who.userId}:${who.name}:${online}` : '';
        if (said) now.set(conversationId, said);
        if ((before.get(conversationId) ?? '') === said) continue;
        hub.deliver({
          workspaceId,
          conversationId,
          internal: false,
          frame: { t: 'agent', conversationId, name: who?.name ?? null, online },
        });
      }
      return answerers;
    },
    /** A customer (re)joined: the next announcement tells this conversation again. */
    rejoined(workspaceId: string, conversationId: string) {
      told.get(workspaceId)?.delete(conversationId);
    },
  };
}

export type AnswererAnnouncer = ReturnType<typeof createAnswererAnnouncer>;
