import type { ConversationEvent } from './hub.js';

/**
 * Carries conversation events to every node. Single node: in process. With REDIS_URL: Redis
 * pub/sub, so a customer on node A and an agent on node B see the same conversation.
 */
export interface Bus {
  /** Delivers to this node's handlers at once and to every other node. */
  publish(event: ConversationEvent): void;
  onEvent(handler: (event: ConversationEvent) => void): void;
  close(): Promise<void>;
}

export function createLocalBus(): Bus {
  const handlers: ((event: ConversationEvent) => void)[] = [];
  return {
    publish: (event) => handlers.forEach((h) => h(event)),
    onEvent: (handler) => void handlers.push(handler),
    close: async () => {},
  };
}
