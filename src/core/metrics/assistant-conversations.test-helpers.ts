import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { seedWorkspace } from '../../../test/seed.js';
import type { Db } from '../../db/db.js';
import type { MessageMeta } from '../../shared/realtime.js';
import { rateAnswer, replyAsBot } from '../assistant/virtual-agent.js';
import { openVisitorSession } from '../contacts/open-visitor-session.js';
import { askForPerson } from '../conversations/ask-for-person.js';
import { createMessageWriter } from '../conversations/message-writer.js';
import type { ConversationDeps } from '../conversations/realtime-deps.js';
import { sendMessage } from '../conversations/send-message.js';
import { startConversation } from '../conversations/start-conversation.js';
import { demoArticlesJsonl } from '../demo/demo-articles.js';
import { importArticles } from '../kb/import-articles.js';

/** Conversation use cases on `db`, with the real clock (the database stamps rows itself). */
export function conversationDeps(db: Db): ConversationDeps {
  return {
    db,
    now: () => new Date(),
    sessionTtlMs: 3_600_000,
    writer: createMessageWriter(db),
    publish: () => {},
  };
}

/** A workspace with the demo shop's published help articles, so questions go to the bot. */
export async function workspaceWithArticles(deps: ConversationDeps) {
  const ws = await seedWorkspace(deps);
  await importArticles(deps, {
    workspaceId: ws.id,
    source: { kind: 'jsonl', text: demoArticlesJsonl() },
    editor: { userId: null, label: 'metrics test' },
  });
  return ws;
}

/**
 * A customer who asks the assistant through the same use cases the widget uses. The bot's
 * replies are made explicitly (no responder runs here), so a test decides what happens next.
 */
export async function customerOf(deps: ConversationDeps, ws: { id: string; public_key: string }) {
  const session = await openVisitorSession(deps, { workspaceKey: ws.public_key });
  const who = { kind: 'contact' as const, workspaceId: ws.id, contactId: session.contact.id };
  return {
    who,
    /** Starts a conversation with a question; returns it and the assistant's reply. */
    async asks(question: string, topic: 'question' | 'complaint' = 'question') {
      const { conversation } = await startConversation(deps, {
        workspaceId: ws.id,
        contactId: who.contactId,
        conversationId: randomUUID(),
        topic,
        clientId: randomUUID(),
        body: question,
      });
      if (topic !== 'question') return { conversationId: conversation.id, answer: undefined };
      expect(conversation.owner).toBe('bot');
      const answer = await botReplies(conversation.id, question);
      return { conversationId: conversation.id, answer };
    },
    /** The customer asks again in the same conversation and the assistant answers. */
    asksAgain: async (conversationId: string, question: string) => {
      await writes(conversationId, question);
      return botReplies(conversationId, question);
    },
    rates: (conversationId: string, seq: number, helpful: boolean) =>
      rateAnswer(deps, who, { conversationId, seq, helpful }),
    wantsPerson: (conversationId: string) => askForPerson(deps, who, conversationId),
    writes,
  };

  async function botReplies(conversationId: string, question: string) {
    const row = await replyAsBot(deps, { workspaceId: ws.id, conversationId, question });
    if (!row) throw new Error('the bot did not answer');
    const meta = (row as { meta?: MessageMeta }).meta;
    return { seq: row.seq, declined: meta?.declined ?? false, citations: meta?.citations ?? [] };
  }

  async function writes(conversationId: string, body: string) {
    await sendMessage(deps, who, { conversationId, clientId: randomUUID(), body });
  }
}
