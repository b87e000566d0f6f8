import { Hono } from 'hono';
import { getContactActivity } from '../../core/contacts/get-contact-activity.js';
import { setContactVip } from '../../core/escalation/set-contact-vip.js';
import { ContactUpdate } from '../../shared/schemas/api.js';
import type { AppEnv, HttpDeps } from '../app-env.js';
import { sessionAuth } from '../middleware/session-auth.js';
import { readJson, uuidParam } from '../validate.js';

/** What the console shows about a customer beyond the conversation at hand. */
export function consoleContactRoutes({ core }: HttpDeps) {
  const app = new Hono<AppEnv>();
  const auth = sessionAuth(core);

  app.get('/contacts/:id/activity', auth, async (c) =>
    c.json(
      await getContactActivity(core, c.get('actor').workspaceId, uuidParam(c, 'id', 'Contact')),
    ),
  );
  // Owners, admins and agents mark VIPs; champions (expert customers) may not.
  app.put('/contacts/:id/vip', auth, async (c) => {
    const { workspaceId, member } = c.get('actor');
    const contactId = uuidParam(c, 'id', 'Contact');
    const { vip } = await readJson(c, ContactUpdate);
    return c.json(await setContactVip(core, { workspaceId, contactId, vip, role: member.role }));
  });
  return app;
}
