import { Hono, type Context } from 'hono';
import { requireCallbackRole } from '../../core/callbacks/callback-roles.js';
import { callbackSettings } from '../../core/callbacks/callback-settings.js';
import { getCallback, getCallbackOfConversation } from '../../core/callbacks/get-callback.js';
import { listCallbackSlots } from '../../core/callbacks/list-callback-slots.js';
import { listCallbacksFor } from '../../core/callbacks/list-callbacks.js';
import { recordCallbackOutcome } from '../../core/callbacks/record-callback-outcome.js';
import { saveCallbackSettings } from '../../core/callbacks/save-callback-settings.js';
import { requireAdmin } from '../../core/users/require-role.js';
import {
  CallbackListQuery,
  CallbackOutcomeInput,
  CallbackSettings,
} from '../../shared/schemas/callbacks.js';
import type { AppEnv, HttpDeps } from '../app-env.js';
import { sessionAuth } from '../middleware/session-auth.js';
import { readJson, readQuery, uuidParam } from '../validate.js';

/** Callbacks for the team: the lists, one callback, the outcome of a call, the settings. */
export function consoleCallbackRoutes({ core }: HttpDeps) {
  const app = new Hono<AppEnv>();
  const auth = sessionAuth(core);
  const member = (c: Context<AppEnv>) => {
    const actor = c.get('actor');
    requireCallbackRole(actor.member.role);
    return { workspaceId: actor.workspaceId, userId: actor.member.id };
  };
  const callbackId = (c: Context) => uuidParam(c, 'id', 'Callback');

  app.get('/callbacks', auth, async (c) =>
    c.json(await listCallbacksFor(core, member(c).workspaceId, readQuery(c, CallbackListQuery))),
  );
  app.get('/callbacks/slots', auth, async (c) =>
    c.json(await listCallbackSlots(core, member(c).workspaceId)),
  );
  app.get('/callbacks/:id', auth, async (c) =>
    c.json(await getCallback(core, member(c).workspaceId, callbackId(c))),
  );
  app.get('/conversations/:id/callback', auth, async (c) => {
    const conversationId = uuidParam(c, 'id', 'Conversation');
    const callback = await getCallbackOfConversation(core, member(c).workspaceId, conversationId);
    return c.json({ callback });
  });
  app.post('/callbacks/:id/outcome', auth, async (c) => {
    const who = member(c);
    const input = await readJson(c, CallbackOutcomeInput);
    return c.json(await recordCallbackOutcome(core, who, { ...input, callbackId: callbackId(c) }));
  });
  app.get('/callback-settings', auth, async (c) =>
    c.json(await callbackSettings(core, member(c).workspaceId)),
  );
  app.put('/callback-settings', auth, async (c) => {
    const actor = c.get('actor');
    requireAdmin(actor.member.role);
    const settings = await readJson(c, CallbackSettings);
    return c.json(await saveCallbackSettings(core, actor.workspaceId, settings, actor.member.id));
  });
  return app;
}
