import { Hono, type Context } from 'hono';
import { cors } from 'hono/cors';
import { bookCallback } from '../../core/callbacks/book-callback.js';
import { cancelCallback } from '../../core/callbacks/cancel-callback.js';
import { listCallbackOptions } from '../../core/callbacks/list-callback-options.js';
import { widgetCallbackSettings } from '../../core/callbacks/widget-callback-settings.js';
import { resolveVisitor } from '../../core/contacts/resolve-visitor.js';
import { requestEmailReply } from '../../core/email-replies/request-email-reply.js';
import { BookCallbackInput, EmailReplyInput } from '../../shared/schemas/callbacks.js';
import type { AppEnv, HttpDeps } from '../app-env.js';
import { rateLimit } from '../middleware/rate-limit.js';
import { readJson, uuidParam } from '../validate.js';

/**
 * The widget's "Call me" and the alternatives to a long wait (any origin; the visitor token in
 * the Authorization header, like the rest of /api/widget).
 */
export function widgetCallbackRoutes({ core, onlineAgents }: HttpDeps) {
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
  const online = (workspaceId: string) => onlineAgents?.(workspaceId) ?? [];

  app.get('/callbacks/settings', async (c) =>
    c.json(await widgetCallbackSettings(core, c.req.header('x-parley-key'))),
  );
  app.get('/callbacks/options', async (c) => {
    const who = await visitor(c);
    return c.json(await listCallbackOptions(core, who, online(who.workspaceId)));
  });
  // A booking holds a person's time: one network booking slot after slot (a new visitor each
  // time, to get past one-live-booking-per-customer) would empty the calendar for everyone.
  const bookings = rateLimit({ limit: 20, windowMs: 10 * 60_000 });
  // 201 booked, 200 the same booking again, 409 with the next free slot when the place went.
  app.post('/callbacks', bookings, async (c) => {
    const who = await visitor(c);
    const input = await readJson(c, BookCallbackInput);
    const r = await bookCallback(core, who, { ...input, onlineAgentIds: online(who.workspaceId) });
    if (r.status === 'taken') {
      return c.json({ error: { code: 'conflict', message: r.message }, nextSlot: r.next }, 409);
    }
    return c.json({ callback: r.callback }, r.created ? 201 : 200);
  });
  app.post('/callbacks/:id/cancel', async (c) =>
    c.json({
      callback: await cancelCallback(core, await visitor(c), uuidParam(c, 'id', 'Callback')),
    }),
  );
  app.post('/conversations/:id/email-reply', async (c) => {
    const who = await visitor(c);
    const conversationId = uuidParam(c, 'id', 'Conversation');
    const { email } = await readJson(c, EmailReplyInput);
    return c.json(await requestEmailReply(core, who, { conversationId, email }));
  });
  return app;
}
