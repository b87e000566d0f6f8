import { Hono, type Context } from 'hono';
import { requireAdmin } from '../../core/users/require-role.js';
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  listWebhookDeliveries,
  listWebhookEndpoints,
} from '../../core/webhooks/manage-webhooks.js';
import type { WebhookEndpointRow } from '../../db/queries/webhooks.js';
import { CreateWebhookInput } from '../../shared/schemas/api.js';
import type {
  CreatedWebhookEndpoint,
  WebhookDeliveryView,
  WebhookEndpointView,
} from '../../shared/schemas/webhook-views.js';
import type { AppEnv, HttpDeps } from '../app-env.js';
import { sessionAuth } from '../middleware/session-auth.js';
import { readJson, uuidParam } from '../validate.js';

const endpointView = (e: WebhookEndpointRow): WebhookEndpointView => ({
  id: e.id,
  url: e.url,
  events: e.events,
  createdAt: e.created_at.toISOString(),
});

/** Webhook endpoints and their delivery log; owners and admins only. */
export function consoleWebhookRoutes({ core }: HttpDeps) {
  const app = new Hono<AppEnv>();
  const auth = sessionAuth(core);
  const admin = (c: Context<AppEnv>) => {
    requireAdmin(c.get('actor').member.role);
    return c.get('actor').workspaceId;
  };

  app.get('/webhooks', auth, async (c) =>
    c.json({ endpoints: (await listWebhookEndpoints(core, admin(c))).map(endpointView) }),
  );
  app.post('/webhooks', auth, async (c) => {
    const workspaceId = admin(c);
    const e = await createWebhookEndpoint(core, {
      workspaceId,
      ...(await readJson(c, CreateWebhookInput)),
    });
    const created: CreatedWebhookEndpoint = { ...endpointView(e), secret: e.secret };
    return c.json(created, 201);
  });
  app.delete('/webhooks/:id', auth, async (c) => {
    await deleteWebhookEndpoint(core, admin(c), uuidParam(c, 'id', 'Webhook endpoint'));
    return c.body(null, 204);
  });
  app.get('/webhooks/:id/deliveries', auth, async (c) => {
    const rows = await listWebhookDeliveries(
      core,
      admin(c),
      uuidParam(c, 'id', 'Webhook endpoint'),
    );
    return c.json({
      deliveries: rows.map((d): WebhookDeliveryView => ({
        id: d.id,
        event: d.event,
        status: d.status,
        attempts: d.attempts,
        lastStatus: d.last_status,
        lastError: d.last_error,
        nextAttemptAt: d.status === 'pending' ? d.next_attempt_at.toISOString() : null,
        createdAt: d.created_at.toISOString(),
        deliveredAt: d.delivered_at?.toISOString() ?? null,
      })),
    });
  });
  return app;
}
