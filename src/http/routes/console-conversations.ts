import { handoverSummary } from '../../core/assistant/handover-summary.js';
import { Hono } from 'hono';
import { getContact, getConversation } from '../../core/conversations/browse.js';
import { catchUp } from '../../core/conversations/catch-up.js';
import {
  assignConversation,
  claimConversation,
  setConversationStatus,
} from '../../core/conversations/change-conversation.js';
import { loadInbox } from '../../core/conversations/inbox.js';
import { setConversationPriority } from '../../core/conversations/set-priority.js';
import { loadOlderMessages } from '../../core/conversations/load-older-messages.js';
import { AssignInput, HistoryQuery, InboxQuery, PriorityInput } from '../../shared/schemas/api.js';
import type { AppEnv, HttpDeps } from '../app-env.js';
import { sessionAuth } from '../middleware/session-auth.js';
import { readJson, readQuery, uuidParam } from '../validate.js';

/** The agent's inbox and conversation actions. Replies and notes go over the console socket. */
export function consoleConversationRoutes({ core }: HttpDeps) {
  const app = new Hono<AppEnv>();
  const auth = sessionAuth(core);
  const agentOf = (c: { get(k: 'actor'): { workspaceId: string; member: { id: string } } }) => ({
    workspaceId: c.get('actor').workspaceId,
    userId: c.get('actor').member.id,
  });

  app.get('/conversations', auth, async (c) => {
    const { view, q, limit } = readQuery(c, InboxQuery);
    return c.json(
      await loadInbox(core, { ...agentOf(c), view, limit, ...(q ? { search: q } : {}) }),
    );
  });
  app.get('/conversations/:id', auth, async (c) => {
    const conversation = await getConversation(
      core,
      agentOf(c).workspaceId,
      uuidParam(c, 'id', 'Conversation'),
    );
    const contact = conversation.contactId
      ? await getContact(core, agentOf(c).workspaceId, conversation.contactId)
      : null;
    const handover = await handoverSummary(core, agentOf(c).workspaceId, conversation.id);
    return c.json({ conversation, contact, handover });
  });
  // Forward from `after` to catch up, or with `beforeSeq` one page of older history.
  app.get('/conversations/:id/messages', auth, async (c) => {
    const { after, beforeSeq, limit } = readQuery(c, HistoryQuery);
    const who = { kind: 'agent' as const, ...agentOf(c) };
    const conversationId = uuidParam(c, 'id', 'Conversation');
    return c.json(
      beforeSeq === undefined
        ? await catchUp(core, who, { conversationId, afterSeq: after ?? 0, limit })
        : await loadOlderMessages(core, who, { conversationId, beforeSeq, limit }),
    );
  });
  app.post('/conversations/:id/assign', auth, async (c) => {
    const { assigneeId } = await readJson(c, AssignInput);
    return c.json(
      await assignConversation(core, agentOf(c), {
        conversationId: uuidParam(c, 'id', 'Conversation'),
        assigneeId,
      }),
    );
  });
  app.post('/conversations/:id/priority', auth, async (c) => {
    const { priority } = await readJson(c, PriorityInput);
    return c.json(
      await setConversationPriority(core, agentOf(c), {
        conversationId: uuidParam(c, 'id', 'Conversation'),
        priority,
      }),
    );
  });
  // "Take it": succeeds for exactly one of several agents clicking at once (409 for the rest).
  app.post('/conversations/:id/claim', auth, async (c) =>
    c.json(await claimConversation(core, agentOf(c), uuidParam(c, 'id', 'Conversation'))),
  );
  for (const [action, status] of [
    ['resolve', 'resolved'],
    ['reopen', 'open'],
  ] as const) {
    app.post(`/conversations/:id/${action}`, auth, async (c) =>
      c.json(
        await setConversationStatus(core, agentOf(c), {
          conversationId: uuidParam(c, 'id', 'Conversation'),
          status,
        }),
      ),
    );
  }
  return app;
}
