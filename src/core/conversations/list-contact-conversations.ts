import { listConversationsOfContact } from '../../db/queries/conversations.js';
import type { CoreDeps } from '../deps.js';
import type { Participant } from './realtime-deps.js';

export interface ConversationSummary {
  id: string;
  topic: string;
  status: string;
  subject: string | null;
  lastSeq: number;
  updatedAt: string;
}

/** A customer's own conversations, newest first (the widget's history list). */
export async function listContactConversations(
  deps: Pick<CoreDeps, 'db'>,
  who: Participant & { kind: 'contact' },
): Promise<ConversationSummary[]> {
  const rows = await listConversationsOfContact(deps.db, who.workspaceId, who.contactId);
  return rows.map((r) => ({
    id: r.id,
    topic: r.topic,
    status: r.status,
    subject: r.subject,
    lastSeq: r.last_seq,
    updatedAt: r.updated_at.toISOString(),
  }));
}
