import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { logIn } from '../../core/auth/log-in.js';
import { logOut } from '../../core/auth/log-out.js';
import { redeemLoginLink } from '../../core/auth/redeem-login-link.js';
import { resolveSession } from '../../core/auth/resolve-session.js';
import { setPassword } from '../../core/auth/set-password.js';
import type { NewSession } from '../../core/auth/start-session.js';
import { findWorkspace } from '../../core/workspaces/find-workspace.js';
import { LogInInput, RedeemLinkInput, SetPasswordInput } from '../../shared/schemas/auth.js';
import type { SessionView } from '../../shared/schemas/auth.js';
import type { AppEnv, HttpDeps } from '../app-env.js';
import { rateLimit } from '../middleware/rate-limit.js';
import { SESSION_COOKIE, sessionAuth } from '../middleware/session-auth.js';
import { readJson } from '../validate.js';

/** Sign in, sign out, one-time links, the current session, and changing one's password. */
export function consoleAuthRoutes(deps: HttpDeps) {
  const { core } = deps;
  const app = new Hono<AppEnv>();
  const limit = rateLimit({ limit: 30, windowMs: 15 * 60 * 1000 });

  const begin = async (c: Context, session: NewSession) => {
    setCookie(c, SESSION_COOKIE, session.token, {
      httpOnly: true,
      sameSite: 'Lax',
      secure: deps.secureCookies,
      path: '/',
      expires: session.expiresAt,
    });
    return c.json(await sessionView(deps, session.token));
  };

  app.post('/login', limit, async (c) =>
    begin(c, await logIn(core, await readJson(c, LogInInput))),
  );
  app.post('/link', limit, async (c) => {
    const { token } = await readJson(c, RedeemLinkInput);
    return begin(c, await redeemLoginLink(core, token));
  });
  app.get('/session', async (c) => c.json(await sessionView(deps, getCookie(c, SESSION_COOKIE))));
  app.post('/logout', sessionAuth(core), async (c) => {
    await logOut(core, c.get('actor').sessionTokenHash);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });
  app.post('/password', sessionAuth(core), async (c) => {
    const input = await readJson(c, SetPasswordInput);
    await setPassword(core, { userId: c.get('actor').member.id, ...input });
    return c.body(null, 204);
  });
  return app;
}

async function sessionView(deps: HttpDeps, token: string | undefined): Promise<SessionView> {
  const actor = await resolveSession(deps.core, token);
  const workspace = await findWorkspace(deps.core, actor.workspaceId);
  const m = actor.member;
  return {
    user: { id: m.id, email: m.email, name: m.name, role: m.role, hasPassword: m.has_password },
    workspace: {
      id: workspace.id,
      name: workspace.name,
      publicKey: workspace.public_key,
      isDemo: workspace.is_demo,
    },
    csrfToken: actor.csrfToken,
  };
}
