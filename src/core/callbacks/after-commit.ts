import type { ConversationEvent } from '../../shared/realtime.js';
import type { ConversationDeps } from '../conversations/realtime-deps.js';

/**
 * Runs `fn` in one transaction whose events wait for the commit: `fn` gets deps on the
 * transaction (use cases it calls, such as changeOwner, join it) with a publish that only
 * collects, and what was collected is published once everything committed. Nothing is
 * announced for a change that rolled back. Call it only outside any transaction.
 */
export async function withCommittedEvents<T>(
  deps: ConversationDeps,
  fn: (tx: ConversationDeps) => Promise<T>,
): Promise<T> {
  const events: ConversationEvent[] = [];
  const result = await deps.db.transaction((db) =>
    fn({ ...deps, db, publish: (event) => void events.push(event) }),
  );
  for (const event of events) deps.publish(event);
  return result;
}
