import { Hono } from 'hono';
import { setWorkspaceLadder, workspaceLadder } from '../../core/escalation/workspace-ladder.js';
import { requireAdmin } from '../../core/users/require-role.js';
import { Ladder } from '../../shared/schemas/ladder.js';
import type { AppEnv, HttpDeps } from '../app-env.js';
import { sessionAuth } from '../middleware/session-auth.js';
import { readJson } from '../validate.js';

/** The escalation ladder: everyone on the team may read it, owners and admins change it. */
export function consoleLadderRoutes({ core }: HttpDeps) {
  const app = new Hono<AppEnv>();
  const auth = sessionAuth(core);

  app.get('/ladder', auth, async (c) =>
    c.json(await workspaceLadder(core, c.get('actor').workspaceId)),
  );
  app.put('/ladder', auth, async (c) => {
    const actor = c.get('actor');
    requireAdmin(actor.member.role);
    const ladder = await readJson(c, Ladder);
    return c.json(await setWorkspaceLadder(core, actor.workspaceId, ladder, actor.member.id));
  });
  return app;
}
