import { Hono, type Context } from 'hono';
import { cors } from 'hono/cors';
import { openWidgetSession } from '../../core/escalation/open-widget-session.js';
import { recordVisitorPage } from '../../core/contacts/record-page.js';
import { resolveVisitor } from '../../core/contacts/resolve-visitor.js';
import { rateAnswer } from '../../core/assistant/virtual-agent.js';
import { widgetSettings } from '../../core/assistant/widget-settings.js';
import { notFound } from '../../core/errors.js';
import { askForPerson } from '../../core/conversations/ask-for-person.js';
import { listContactConversations } from '../../core/conversations/list-contact-conversations.js';
import { startConversation } from '../../core/conversations/start-conversation.js';
import { PageReport } from '../../shared/schemas/contact-activity.js';
import {
  OpenWidgetSession,
  RateAnswerInput,
  StartConversationInput,
} from '../../shared/schemas/widget.js';
import type { AppEnv, HttpDeps } from '../app-env.js';
import { readJson, uuidParam } from '../validate.js';

/**
 * What the widget calls from the business's site (any origin). No cookies: the visitor token
 * travels in the Authorization header, so cross-site requests carry no ambient authority.
 */
export function widgetApiRoutes({ core }: HttpDeps) {
  const app = new Hono<AppEnv>();
  app.use(
    '*',
    cors({ origin: '*', allowHeaders: ['content-type', 'authorization', 'x-parley-key'] }),
  );
  const visitor = (c: Context) =>
    resolveVisitor(
      core,
      c.req.header('x-parley-key'),
      c.req.header('authorization')?.replace(/^Visitor\s+/i, ''),
    );

  app.post('/session', async (c) => {
    const input = await readJson(c, OpenWidgetSession);
    const s = await openWidgetSession(core, { workspaceKey: input.workspace, ...input });
    const { contact } = s;
    return c.json({
      visitorToken: s.visitorToken,
      contact: {
        id: contact.id,
        name: contact.name,
        email: contact.email,
        verified: contact.verified,
      },
    });
  });
  app.get('/settings', async (c) =>
    c.json(await widgetSettings(core, c.req.header('x-parley-key'))),
  );
  app.get('/conversations', async (c) =>
    c.json({ conversations: await listContactConversations(core, await visitor(c)) }),
  );
  app.post('/conversations', async (c) => {
    const who = await visitor(c);
    const input = await readJson(c, StartConversationInput);
    const { conversation, first } = await startConversation(core, {
      ...input,
      workspaceId: who.workspaceId,
      contactId: who.contactId,
    });
    return c.json(
      { conversationId: conversation.id, seq: first.message.seq, duplicate: first.duplicate },
      first.duplicate ? 200 : 201,
    );
  });
  app.post('/conversations/:id/person', async (c) =>
    c.json(await askForPerson(core, await visitor(c), uuidParam(c, 'id', 'Conversation'))),
  );
  app.post('/conversations/:id/answers/:seq', async (c) => {
    const seq = Number(c.req.param('seq'));
    if (!Number.isSafeInteger(seq) || seq < 1) throw notFound('Answer');
    const { helpful } = await readJson(c, RateAnswerInput);
    const conversationId = uuidParam(c, 'id', 'Conversation');
    return c.json(await rateAnswer(core, await visitor(c), { conversationId, seq, helpful }));
  });
  // The customer moved to another page (or reloaded one): agents see where they are now.
  app.post('/page', async (c) => {
    const who = await visitor(c);
    await recordVisitorPage(core, who, await readJson(c, PageReport));
    return c.body(null, 204);
  });
  return app;
}
