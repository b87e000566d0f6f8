import { randomUUID } from 'node:crypto';
import {
  countArticleVote,
  countUnhelpfulAnswers,
  insertBotAnswer,
  insertBotMessage,
  rateBotAnswer,
} from '../../db/queries/bot.js';
import type { MessageRow } from '../../db/queries/messages.js';
import { conversationFor } from '../conversations/access.js';
import { publishMessage } from '../conversations/publish-message.js';
import type { ConversationDeps, Participant } from '../conversations/realtime-deps.js';
import { notFound } from '../errors.js';
import { rungAfterBot } from '../escalation/people-rung.js';
import { answerQuestion } from '../kb/answer.js';
import { linkToHelpCenter } from '../kb/help-center-links.js';
import type { BotMeta } from './bot-meta.js';
import { botNote, escalate } from './hand-over.js';

const DECLINED =
  'I could not find this in our help articles, and I would rather not guess. ' +
  'A person from the team will take it from here.';
const DECLINED_NO_NEXT =
  'I could not find this in our help articles, and I would rather not guess. ' +
  'Choose "Talk to a person" and someone from the team will answer.';
const GLAD = 'Glad that helped! If there is anything else, just ask.';
const RETRY =
  'Sorry that did not help. Could you say a bit more, in other words? ' +
  'Or choose "Talk to a person" at any time.';

/**
 * The virtual agent answers a customer's question from the workspace's published articles,
 * with citations, or says plainly that it does not know and hands over. It only speaks while it
 * owns the conversation (checked in the same statement that stores its message).
 */
export async function replyAsBot(
  deps: ConversationDeps,
  input: {
    workspaceId: string;
    conversationId: string;
    question: string;
    /** The customer's language (the widget's report); the workspace's main one when unknown. */
    locale?: string | null;
  },
): Promise<MessageRow | undefined> {
  const result = await (deps.answer?.(deps, input) ?? answerQuestion(deps, input));
  const citations = (await linkToHelpCenter(deps, input.workspaceId, result.citations)).map(
    ({ articleId, title, url }) => ({ articleId, title, url }),
  );
  const escalateTo = result.declined
    ? await rungAfterBot(deps, input.workspaceId, 'bot_declined')
    : undefined;
  const body = result.declined ? (escalateTo ? DECLINED : DECLINED_NO_NEXT) : result.answer!;
  const meta: BotMeta = {
    kind: 'bot_answer',
    declined: result.declined,
    confidence: result.confidence,
    citations,
  };
  const row = await deps.db.transaction(async (tx) => {
    const where = { workspaceId: input.workspaceId, conversationId: input.conversationId };
    const stored = await insertBotMessage(tx, { ...where, clientId: randomUUID(), body, meta });
    if (stored) {
      await insertBotAnswer(tx, {
        workspace_id: input.workspaceId,
        conversation_id: input.conversationId,
        seq: stored.seq,
        question: input.question.slice(0, 2000),
        declined: result.declined,
        confidence: result.confidence,
        citations: result.citations,
      });
    }
    return stored;
  });
  if (!row) return undefined; // a person took over meanwhile: the bot stays silent
  publishMessage(deps, row);
  if (escalateTo) await escalate(deps, input, 'bot_declined', escalateTo);
  return row;
}

/** "Did that answer your question?": counted once per answer; a second "no" hands over. */
export async function rateAnswer(
  deps: ConversationDeps,
  who: Extract<Participant, { kind: 'contact' }>,
  input: { conversationId: string; seq: number; helpful: boolean },
): Promise<{ handedOver: boolean }> {
  await conversationFor(deps, who, input.conversationId);
  const rated = await rateBotAnswer(
    deps.db,
    who.workspaceId,
    input.conversationId,
    input.seq,
    input.helpful,
  );
  if (!rated) throw notFound('Answer');
  if (!rated.first) return { handedOver: false };
  const top = rated.answer.citations[0];
  if (top) await countArticleVote(deps.db, who.workspaceId, top.articleId, input.helpful);
  const unhelpful = input.helpful
    ? 0
    : await countUnhelpfulAnswers(deps.db, who.workspaceId, input.conversationId);
  const where = { workspaceId: who.workspaceId, conversationId: input.conversationId };
  const to =
    unhelpful >= 2 ? await rungAfterBot(deps, who.workspaceId, 'not_helpful_twice') : undefined;
  if (to) {
    await escalate(deps, where, 'not_helpful', to);
    return { handedOver: true };
  }
  await botNote(deps, where, input.helpful ? GLAD : RETRY);
  return { handedOver: false };
}
