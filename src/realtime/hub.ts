import type { ConversationEvent, ServerFrame } from '../shared/realtime.js';

export type { ConversationEvent };

/** A connected socket as the hub sees it. */
export interface Subscriber {
  /** Who is on the other end decides what may reach it. */
  audience: 'customer' | 'agent';
  workspaceId: string;
  send(frame: ServerFrame): void;
}

/**
 * The one place that decides who receives what. Every delivery checks the workspace and, for
 * internal events, that the subscriber is an agent; nothing else sends conversation frames.
 */
export function createHub() {
  const byConversation = new Map<string, Set<Subscriber>>();
  const inboxWatchers = new Map<string, Set<Subscriber>>();

  return {
    join(conversationId: string, sub: Subscriber) {
      let set = byConversation.get(conversationId);
      if (!set) byConversation.set(conversationId, (set = new Set()));
      set.add(sub);
    },
    leave(conversationId: string, sub: Subscriber) {
      const set = byConversation.get(conversationId);
      if (!set) return;
      set.delete(sub);
      if (set.size === 0) byConversation.delete(conversationId);
    },
    /** An agent's inbox: every inbox event of their workspace. */
    watchInbox(sub: Subscriber) {
      if (sub.audience !== 'agent') return;
      let set = inboxWatchers.get(sub.workspaceId);
      if (!set) inboxWatchers.set(sub.workspaceId, (set = new Set()));
      set.add(sub);
    },
    leaveAll(sub: Subscriber) {
      inboxWatchers.get(sub.workspaceId)?.delete(sub);
      for (const [id, set] of byConversation) {
        set.delete(sub);
        if (set.size === 0) byConversation.delete(id);
      }
    },
    /** Delivers to every eligible subscriber; returns how many received it. */
    deliver(event: ConversationEvent, except?: Subscriber): number {
      let delivered = 0;
      const targets = event.inbox
        ? inboxWatchers.get(event.workspaceId)
        : byConversation.get(event.conversationId);
      for (const sub of targets ?? []) {
        if (sub === except || !mayReceive(sub, event)) continue;
        sub.send(event.frame);
        delivered++;
      }
      return delivered;
    },
    /** Agents connected to a conversation (for presence shown to the customer). */
    agentsIn(conversationId: string): number {
      let n = 0;
      for (const sub of byConversation.get(conversationId) ?? []) if (sub.audience === 'agent') n++;
      return n;
    },
  };
}

export type Hub = ReturnType<typeof createHub>;

export function mayReceive(sub: Subscriber, event: ConversationEvent): boolean {
  if (sub.workspaceId !== event.workspaceId) return false;
  if (event.internal && sub.audience !== 'agent') return false;
  return true;
}
