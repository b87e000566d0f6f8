import { Hono } from 'hono';
import { findWorkspace } from '../../core/workspaces/find-workspace.js';
import { getWorkspaceMember, listWorkspaceMembers } from '../../core/users/list-members.js';
import { requireAdmin } from '../../core/users/require-role.js';
import {
  createApiToken,
  getWorkspaceApiToken,
  listWorkspaceApiTokens,
  revokeWorkspaceApiToken,
} from '../../core/tokens/api-tokens.js';
import { CreateApiTokenInput } from '../../shared/schemas/auth.js';
import type { AppEnv, HttpDeps } from '../app-env.js';
import { sessionAuth } from '../middleware/session-auth.js';
import { readJson, uuidParam } from '../validate.js';
import { apiTokenView, memberView } from '../views.js';

/** The signed-in person's workspace: settings, members, API tokens. Always scoped by session. */
export function consoleWorkspaceRoutes({ core }: HttpDeps) {
  const app = new Hono<AppEnv>();
  // Per route, not use('*'): this router shares the /api/console prefix with sign-in.
  const auth = sessionAuth(core);

  app.get('/workspace', auth, async (c) => {
    const { workspaceId, member } = c.get('actor');
    const w = await findWorkspace(core, workspaceId);
    const isAdmin = member.role === 'owner' || member.role === 'admin';
    return c.json({
      id: w.id,
      name: w.name,
      publicKey: w.public_key,
      isDemo: w.is_demo,
      createdAt: w.created_at.toISOString(),
      ...(isAdmin ? { identitySecret: w.identity_secret } : {}),
    });
  });
  app.get('/members', auth, async (c) =>
    c.json({
      members: (await listWorkspaceMembers(core, c.get('actor').workspaceId)).map(memberView),
    }),
  );
  app.get('/members/:id', auth, async (c) => {
    const id = uuidParam(c, 'id', 'Member');
    return c.json(memberView(await getWorkspaceMember(core, c.get('actor').workspaceId, id)));
  });
  app.get('/tokens', auth, async (c) => {
    requireAdmin(c.get('actor').member.role);
    const tokens = await listWorkspaceApiTokens(core, c.get('actor').workspaceId);
    return c.json({ tokens: tokens.map(apiTokenView) });
  });
  app.get('/tokens/:id', auth, async (c) => {
    requireAdmin(c.get('actor').member.role);
    const id = uuidParam(c, 'id', 'API token');
    return c.json(apiTokenView(await getWorkspaceApiToken(core, c.get('actor').workspaceId, id)));
  });
  app.post('/tokens', auth, async (c) => {
    const { workspaceId, member } = c.get('actor');
    requireAdmin(member.role);
    const { name } = await readJson(c, CreateApiTokenInput);
    const { token, record } = await createApiToken(core, {
      workspaceId,
      name,
      createdBy: member.id,
    });
    return c.json({ ...apiTokenView(record), token }, 201);
  });
  app.delete('/tokens/:id', auth, async (c) => {
    const { workspaceId, member } = c.get('actor');
    requireAdmin(member.role);
    const id = uuidParam(c, 'id', 'API token');
    return c.json(apiTokenView(await revokeWorkspaceApiToken(core, workspaceId, id)));
  });
  return app;
}
