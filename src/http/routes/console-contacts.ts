import { Hono } from 'hono';
import { getContactActivity } from '../../core/contacts/get-contact-activity.js';
import type { AppEnv, HttpDeps } from '../app-env.js';
import { sessionAuth } from '../middleware/session-auth.js';
import { uuidParam } from '../validate.js';

/** What the console shows about a customer beyond the conversation at hand. */
export function consoleContactRoutes({ core }: HttpDeps) {
  const app = new Hono<AppEnv>();
  const auth = sessionAuth(core);

  app.get('/contacts/:id/activity', auth, async (c) =>
    c.json(
      await getContactActivity(core, c.get('actor').workspaceId, uuidParam(c, 'id', 'Contact')),
    ),
  );
  return app;
}
