import { Hono } from 'hono';
import { findWorkspace } from '../../core/workspaces/find-workspace.js';
import { getWorkspaceMember, listWorkspaceMembers } from '../../core/users/list-members.js';
import type { AppEnv, HttpDeps } from '../app-env.js';
import { tokenAuth } from '../middleware/token-auth.js';
import { uuidParam } from '../validate.js';
import { memberView } from '../views.js';

/** The REST API for integrators: bearer tokens, scoped to the token's workspace. */
export function apiV1Routes({ core }: HttpDeps) {
  const app = new Hono<AppEnv>();
  app.use('*', tokenAuth(core));

  app.get('/workspace', async (c) => {
    const w = await findWorkspace(core, c.get('apiToken').workspace_id);
    return c.json({
      id: w.id,
      name: w.name,
      publicKey: w.public_key,
      createdAt: w.created_at.toISOString(),
    });
  });
  app.get('/members', async (c) =>
    c.json({
      members: (await listWorkspaceMembers(core, c.get('apiToken').workspace_id)).map(memberView),
    }),
  );
  app.get('/members/:id', async (c) => {
    const id = uuidParam(c, 'id', 'Member');
    return c.json(memberView(await getWorkspaceMember(core, c.get('apiToken').workspace_id, id)));
  });
  return app;
}
