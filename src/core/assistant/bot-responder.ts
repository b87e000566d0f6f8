import type { Logger } from 'pino';
import { findContact } from '../../db/queries/contacts.js';
import { findConversation, type ConversationRow } from '../../db/queries/conversations.js';
import type { ConversationEvent } from '../../shared/realtime.js';
import type { ConversationDeps } from '../conversations/realtime-deps.js';
import { countsAsVip } from '../escalation/vip.js';
import { workspaceIndex } from '../kb/search/registry.js';
import { asksForPerson } from './asks-for-person.js';
import { handOverOnNegativeSentiment, handOverOnRequest, handOverVip } from './hand-over.js';
import { soundsUpset } from './sentiment-gate.js';
import { replyAsBot } from './virtual-agent.js';

/**
 * Watches committed customer messages and lets the virtual agent answer those in conversations
 * it owns. One conversation's answers are made one at a time, in the order asked. Runs on the
 * node that committed the message, so each question is answered once.
 */
const MAX_REMEMBERED = 100_000;

export function createBotResponder(deps: ConversationDeps, log: Logger) {
  const chains = new Map<string, Promise<unknown>>();
  // Ownership never returns to the bot, so a conversation seen with people stays theirs: a busy
  // chat pays for the owner lookup once, not on every message.
  const withPeople = new Set<string>();

  async function answer(event: ConversationEvent, question: string) {
    if (withPeople.has(event.conversationId)) return;
    // Most workspaces without articles never have a bot conversation: skip the lookup.
    if ((await workspaceIndex(deps.db, event.workspaceId)).size === 0) return;
    const conversation = await findConversation(deps.db, event.workspaceId, event.conversationId);
    if (conversation && conversation.owner !== 'bot') remember(conversation.id);
    if (conversation?.owner !== 'bot' || conversation.status !== 'open') return;
    if (await handedOver(conversation, question)) return;
    await replyAsBot(deps, {
      workspaceId: event.workspaceId,
      conversationId: event.conversationId,
      question,
      locale: conversation.locale,
    });
  }

  /**
   * The ladder's entry conditions a message can meet, before any automated answer: a verified
   * VIP, a typed request for a person, a clearly upset customer.
   */
  async function handedOver(conversation: ConversationRow, message: string): Promise<boolean> {
    const where = { workspaceId: conversation.workspace_id, conversationId: conversation.id };
    const contact = conversation.contact_id
      ? await findContact(deps.db, where.workspaceId, conversation.contact_id)
      : undefined;
    if (contact && countsAsVip(contact) && (await handOverVip(deps, where))) return true;
    if (asksForPerson(message)) {
      await handOverOnRequest(deps, where);
      return true;
    }
    return soundsUpset(message) && (await handOverOnNegativeSentiment(deps, where));
  }

  function remember(id: string) {
    if (withPeople.size >= MAX_REMEMBERED) withPeople.delete(withPeople.values().next().value!);
    withPeople.add(id);
  }

  return {
    consider(event: ConversationEvent) {
      const f = event.frame;
      if (f.t !== 'message' || f.message.authorType !== 'contact' || f.message.private) return;
      if (withPeople.has(event.conversationId)) return;
      const id = event.conversationId;
      const next = (chains.get(id) ?? Promise.resolve())
        .then(() => answer(event, f.message.body))
        .catch((err: unknown) => log.warn({ err }, 'the virtual agent could not answer'))
        .finally(() => {
          if (chains.get(id) === next) chains.delete(id);
        });
      chains.set(id, next);
    },
    async drain() {
      await Promise.allSettled([...chains.values()]);
    },
  };
}
