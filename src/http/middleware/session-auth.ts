import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { CoreDeps } from '../../core/deps.js';
import { AppError } from '../../core/errors.js';
import { resolveSession, SESSION_COOKIE } from '../../core/auth/resolve-session.js';
import type { AppEnv } from '../app-env.js';

export { SESSION_COOKIE };
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cookie sessions for the console. Every write must echo the session's CSRF token in
 * X-CSRF-Token: a cross-site form can send the cookie but cannot read the token.
 */
export function sessionAuth(core: CoreDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const actor = await resolveSession(core, getCookie(c, SESSION_COOKIE));
    if (!SAFE_METHODS.has(c.req.method) && c.req.header('x-csrf-token') !== actor.csrfToken) {
      throw new AppError(
        'csrf_failed',
        'Missing or wrong CSRF token: send the X-CSRF-Token header with the csrfToken from GET /api/console/session.',
      );
    }
    c.set('actor', actor);
    await next();
  };
}

/** Refuses cookie-carrying writes whose Origin is another site (defence in depth for login). */
export function sameOrigin(): MiddlewareHandler {
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (!SAFE_METHODS.has(c.req.method) && origin && origin !== new URL(c.req.url).origin) {
      const host = c.req.header('host');
      if (!host || new URL(origin).host !== host) {
        throw new AppError('csrf_failed', 'Cross-site requests to the console API are refused.');
      }
    }
    await next();
  };
}
