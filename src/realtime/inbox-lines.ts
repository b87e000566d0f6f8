import type { ConversationEvent } from './hub.js';

/**
 * Inbox lines (`t: 'inbox'`, one per stored message) only say what a conversation's newest
 * message is, so within one tick only the last per conversation is worth sending: a group-commit
 * batch of 300 messages in 20 conversations becomes 20 lines on every agent's socket, not 300.
 * Customer lines are kept apart from the team's, so an agent who answers in the same tick as a
 * customer writes does not swallow the "new customer message" alert.
 *
 * Only socket delivery is thinned: the followers (SLA clocks, routing) still see every event.
 * Everything else passes through at once, in order.
 */
export function coalesceInboxLines(publish: (event: ConversationEvent) => void) {
  let held: Map<string, ConversationEvent> | null = null;

  const flush = () => {
    const lines = held!;
    held = null;
    for (const event of lines.values()) publish(event);
  };

  return (event: ConversationEvent) => {
    const frame = event.frame;
    if (frame.t !== 'inbox') return publish(event);
    if (!held) {
      held = new Map();
      // Queued behind the batch's other continuations, which each publish their line first; the
      // lines then join the acks and messages in the sockets' one write for this tick.
      queueMicrotask(flush);
    }
    const key = `${event.workspaceId}\0${event.conversationId}\0${frame.authorType === 'contact'}`;
    // Re-inserted at the end, so the lines leave in the order of their newest message.
    held.delete(key);
    held.set(key, event);
  };
}
