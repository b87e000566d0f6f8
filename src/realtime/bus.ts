import type { ConversationEvent } from './hub.js';

/**
 * One node's list of the agents it has connected in a workspace. `hello` asks every other node
 * to announce again (a node that just started knows nobody yet).
 */
export type PresenceNote =
  { kind: 'agents'; workspaceId: string; userIds: string[] } | { kind: 'hello' };

/**
 * Carries conversation events to every node. Single node: in process. With REDIS_URL: Redis
 * pub/sub, so a customer on node A and an agent on node B see the same conversation.
 */
export interface Bus {
  /** Delivers to this node's handlers at once and to every other node. */
  publish(event: ConversationEvent): void;
  onEvent(handler: (event: ConversationEvent) => void): void;
  /** Presence notes go to the other nodes only; a node knows its own agents. */
  announce(note: PresenceNote): void;
  /** `from` names the node that announced. */
  onPresence(handler: (note: PresenceNote, from: string) => void): void;
  close(): Promise<void>;
}

export function createLocalBus(): Bus {
  const handlers: ((event: ConversationEvent) => void)[] = [];
  return {
    publish: (event) => handlers.forEach((h) => h(event)),
    onEvent: (handler) => void handlers.push(handler),
    announce: () => {},
    onPresence: () => {},
    close: async () => {},
  };
}
