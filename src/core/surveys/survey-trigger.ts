import type { Logger } from 'pino';
import { findConversation } from '../../db/queries/conversations.js';
import type { ConversationEvent } from '../../shared/realtime.js';
import { offerSurvey } from './offer-survey.js';
import type { SurveyDeps } from './survey-deps.js';

/**
 * Offers CSAT when a conversation is resolved. Watches committed events on the node that
 * committed them (like the assistant), so each resolution is considered once. A complaint's
 * survey is CES, offered when its case is resolved, so complaints are left to the case; calls
 * are not surveyed here.
 */
export function createSurveyTrigger(deps: SurveyDeps, log: Logger) {
  const pending = new Set<Promise<unknown>>();

  async function resolved(event: ConversationEvent) {
    const conversation = await findConversation(deps.db, event.workspaceId, event.conversationId);
    if (!conversation?.contact_id || conversation.status !== 'resolved') return;
    if (conversation.topic === 'complaint') return;
    // A callback's conversation is also resolved after an unanswered call, to be tried again:
    // that is no service to rate.
    if (conversation.channel === 'voice') return;
    await offerSurvey(deps, {
      kind: 'csat',
      workspaceId: conversation.workspace_id,
      contactId: conversation.contact_id,
      conversationId: conversation.id,
      touchpoint: 'conversation_resolved',
    });
  }

  return {
    consider(event: ConversationEvent) {
      const f = event.frame;
      if (f.t !== 'status' || f.status !== 'resolved') return;
      const job = resolved(event)
        .catch((err: unknown) => log.warn({ err }, 'could not offer a survey'))
        .finally(() => pending.delete(job));
      pending.add(job);
    },
    /** Waits for offers under way (shutdown, tests). */
    async drain() {
      await Promise.allSettled([...pending]);
    },
  };
}
