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
  const customers = new Map<string, Set<Subscriber>>();
  /** workspace -> conversation -> customer sockets following it on this node */
  const followed = new Map<string, Map<string, number>>();
  const follow = (sub: Subscriber, conversationId: string, by: 1 | -1) => {
    if (sub.audience !== 'customer') return;
    let counts = followed.get(sub.workspaceId);
    if (!counts) followed.set(sub.workspaceId, (counts = new Map()));
    const n = (counts.get(conversationId) ?? 0) + by;
    if (n > 0) counts.set(conversationId, n);
    else counts.delete(conversationId);
    if (counts.size === 0) followed.delete(sub.workspaceId);
  };

  return {
    join(conversationId: string, sub: Subscriber) {
      let set = byConversation.get(conversationId);
      if (!set) byConversation.set(conversationId, (set = new Set()));
      if (!set.has(sub)) follow(sub, conversationId, 1);
      set.add(sub);
    },
    leave(conversationId: string, sub: Subscriber) {
      const set = byConversation.get(conversationId);
      if (!set?.delete(sub)) return;
      follow(sub, conversationId, -1);
      if (set.size === 0) byConversation.delete(conversationId);
    },
    /**
     * Every socket of a workspace: agents get its inbox events, customers its workspace-wide
     * notices (whether anyone is online to answer).
     */
    watchWorkspace(sub: Subscriber) {
      const map = sub.audience === 'agent' ? inboxWatchers : customers;
      let set = map.get(sub.workspaceId);
      if (!set) map.set(sub.workspaceId, (set = new Set()));
      set.add(sub);
    },
    leaveAll(sub: Subscriber) {
      const map = sub.audience === 'agent' ? inboxWatchers : customers;
      const set = map.get(sub.workspaceId);
      set?.delete(sub);
      if (set?.size === 0) map.delete(sub.workspaceId);
      for (const [id, set] of byConversation) {
        if (set.delete(sub)) follow(sub, id, -1);
        if (set.size === 0) byConversation.delete(id);
      }
    },
    /** The conversations of a workspace that a customer follows on this node. */
    customerConversations(workspaceId: string): string[] {
      return [...(followed.get(workspaceId)?.keys() ?? [])];
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
    /** A workspace-wide notice for its customers' sockets on this node (never internal). */
    tellCustomers(workspaceId: string, frame: ServerFrame): number {
      let delivered = 0;
      for (const sub of customers.get(workspaceId) ?? []) {
        sub.send(frame);
        delivered++;
      }
      return delivered;
    },
  };
}

export type Hub = ReturnType<typeof createHub>;

export function mayReceive(sub: Subscriber, event: ConversationEvent): boolean {
  if (sub.workspaceId !== event.workspaceId) return false;
  if (event.internal && sub.audience !== 'agent') return false;
  return true;
}
