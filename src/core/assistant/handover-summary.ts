import { listBotAnswers } from '../../db/queries/bot.js';
import { listHandoffs } from '../../db/queries/ownership.js';
import type { HandoverSummary } from '../../shared/schemas/handover.js';
import type { CoreDeps } from '../deps.js';

/**
 * The top of a handed-over conversation, so the agent never asks again what the customer
 * already told the assistant: why it came to people, what was asked, what was suggested and
 * whether it helped. Null when the assistant never had it.
 */
export async function handoverSummary(
  deps: Pick<CoreDeps, 'db'>,
  workspaceId: string,
  conversationId: string,
): Promise<HandoverSummary | null> {
  const handoff = (await listHandoffs(deps.db, workspaceId, conversationId)).find(
    (h) => h.from_owner === 'bot',
  );
  if (!handoff) return null;
  const answers = await listBotAnswers(deps.db, workspaceId, conversationId);
  return {
    reason: handoff.reason,
    at: handoff.at.toISOString(),
    questions: answers.map((a) => a.question),
    answers: answers.map((a) => ({
      declined: a.declined,
      helpful: a.helpful,
      citations: a.citations.map((c) => ({ articleId: c.articleId, title: c.title })),
    })),
  };
}
