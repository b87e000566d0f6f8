import type { MiddlewareHandler } from 'hono';
import type { CoreDeps } from '../../core/deps.js';
import { resolveApiToken } from '../../core/tokens/api-tokens.js';
import type { AppEnv } from '../app-env.js';

/** Bearer-token authentication for the REST API. No cookies, so no CSRF exposure. */
export function tokenAuth(core: CoreDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const token = header.match(/^Bearer\s+(\S+)$/i)?.[1];
    c.set('apiToken', await resolveApiToken(core, token));
    await next();
  };
}
