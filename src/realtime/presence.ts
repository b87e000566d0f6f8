import type { Bus } from './bus.js';

export interface PresenceOptions {
  bus: Bus;
  /** An agent whose last socket closed counts as online this long (a reload, a tunnel). */
  graceMs: number;
  /** Nodes announce their agents this often; a node silent for three periods is forgotten. */
  announceEveryMs: number;
}

/**
 * Which agents are online, per workspace, across every node. Each node counts its own console
 * sockets and announces the list of connected agents over the bus whenever it changes and
 * periodically; a node that dies simply stops announcing and is forgotten.
 */
export function createPresence({ bus, graceMs, announceEveryMs }: PresenceOptions) {
  /** workspace -> user -> open console sockets on this node */
  const local = new Map<string, Map<string, number>>();
  /** node -> workspace -> { users, when heard } */
  const remote = new Map<string, Map<string, { userIds: Set<string>; at: number }>>();
  const leaving = new Map<string, NodeJS.Timeout>();
  const listeners: ((workspaceId: string, agentsOnline: number) => void)[] = [];
  const lastCount = new Map<string, number>();
  const whoListeners: ((workspaceId: string) => void)[] = [];
  const lastWho = new Map<string, string>();

  const localUsers = (workspaceId: string) => [...(local.get(workspaceId)?.keys() ?? [])];
  const announce = (workspaceId: string) =>
    bus.announce({ kind: 'agents', workspaceId, userIds: localUsers(workspaceId) });

  function online(workspaceId: string): Set<string> {
    const users = new Set(localUsers(workspaceId));
    const fresh = Date.now() - announceEveryMs * 3;
    for (const workspaces of remote.values()) {
      const entry = workspaces.get(workspaceId);
      if (entry && entry.at >= fresh) entry.userIds.forEach((u) => users.add(u));
    }
    return users;
  }

  /** Tells listeners when who is online changes, and count listeners when the count does. */
  function changed(workspaceId: string) {
    const users = online(workspaceId);
    const key = [...users].sort().join(',');
    if ((lastWho.get(workspaceId) ?? '') !== key) {
      if (key) lastWho.set(workspaceId, key);
      else lastWho.delete(workspaceId);
      whoListeners.forEach((l) => l(workspaceId));
    }
    const count = users.size;
    if (lastCount.get(workspaceId) === count) return;
    if (count === 0) lastCount.delete(workspaceId);
    else lastCount.set(workspaceId, count);
    listeners.forEach((l) => l(workspaceId, count));
  }

  function drop(workspaceId: string, userId: string) {
    const users = local.get(workspaceId);
    if (!users?.delete(userId)) return;
    if (users.size === 0) local.delete(workspaceId);
    announce(workspaceId);
    changed(workspaceId);
  }

  bus.onPresence((note, from) => {
    if (note.kind === 'hello') {
      for (const workspaceId of local.keys()) announce(workspaceId);
      return;
    }
    let workspaces = remote.get(from);
    if (!workspaces) remote.set(from, (workspaces = new Map()));
    workspaces.set(note.workspaceId, { userIds: new Set(note.userIds), at: Date.now() });
    changed(note.workspaceId);
  });

  const timer = setInterval(() => {
    for (const workspaceId of local.keys()) announce(workspaceId);
    // Forget silent nodes, and tell listeners about agents that vanished with them.
    const stale = Date.now() - announceEveryMs * 3;
    for (const [node, workspaces] of remote) {
      for (const [workspaceId, entry] of workspaces) {
        if (entry.at >= stale) continue;
        workspaces.delete(workspaceId);
        changed(workspaceId);
      }
      if (workspaces.size === 0) remote.delete(node);
    }
  }, announceEveryMs);
  timer.unref();
  bus.announce({ kind: 'hello' });

  return {
    /** Counts one console socket; call the returned function when it closes. */
    connect(workspaceId: string, userId: string): () => void {
      const key = `${workspaceId}:${userId}`;
      clearTimeout(leaving.get(key));
      leaving.delete(key);
      let users = local.get(workspaceId);
      if (!users) local.set(workspaceId, (users = new Map()));
      const before = users.get(userId) ?? 0;
      users.set(userId, before + 1);
      if (before === 0) {
        announce(workspaceId);
        changed(workspaceId);
      }
      let released = false;
      return () => {
        if (released) return;
        released = true;
        const current = local.get(workspaceId);
        if (!current) return;
        const count = (current.get(userId) ?? 1) - 1;
        if (count > 0) return void current.set(userId, count);
        current.set(userId, 0);
        if (graceMs <= 0) return drop(workspaceId, userId);
        const t = setTimeout(() => {
          leaving.delete(key);
          if (local.get(workspaceId)?.get(userId) === 0) drop(workspaceId, userId);
        }, graceMs);
        t.unref();
        leaving.set(key, t);
      };
    },
    agentsOnline: (workspaceId: string) => online(workspaceId).size,
    isOnline: (workspaceId: string, userId: string) => online(workspaceId).has(userId),
    onlineAgents: (workspaceId: string) => [...online(workspaceId)],
    onChange(listener: (workspaceId: string, agentsOnline: number) => void) {
      listeners.push(listener);
    },
    /** Someone came online or went offline (after the grace period), on any node. */
    onAgentsChange(listener: (workspaceId: string) => void) {
      whoListeners.push(listener);
    },
    close() {
      clearInterval(timer);
      leaving.forEach((t) => clearTimeout(t));
      for (const workspaceId of [...local.keys()]) {
        local.delete(workspaceId);
        announce(workspaceId);
      }
    },
  };
}

export type Presence = ReturnType<typeof createPresence>;
