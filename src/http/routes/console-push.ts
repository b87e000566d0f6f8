import { Hono } from 'hono';
import { pushStatus, subscribeToPush, unsubscribeFromPush } from '../../core/push/manage-push.js';
import { PushEndpointInput, PushSubscriptionInput } from '../../shared/schemas/push.js';
import type { AppEnv, HttpDeps } from '../app-env.js';
import { sessionAuth } from '../middleware/session-auth.js';
import { readJson } from '../validate.js';

/** Web Push subscriptions of the signed-in person's devices. */
export function consolePushRoutes({ core, pushSubscriptionsChanged }: HttpDeps) {
  const app = new Hono<AppEnv>();
  const auth = sessionAuth(core);

  app.get('/push', auth, async (c) => c.json(await pushStatus(core, c.get('actor'))));
  app.post('/push/subscriptions', auth, async (c) => {
    const actor = c.get('actor');
    const input = await readJson(c, PushSubscriptionInput);
    await subscribeToPush(core, actor, input, c.req.header('user-agent'));
    pushSubscriptionsChanged?.(actor.workspaceId);
    return c.body(null, 204);
  });
  app.delete('/push/subscriptions', auth, async (c) => {
    const actor = c.get('actor');
    const { endpoint } = await readJson(c, PushEndpointInput);
    await unsubscribeFromPush(core, actor, endpoint);
    pushSubscriptionsChanged?.(actor.workspaceId);
    return c.body(null, 204);
  });
  return app;
}
