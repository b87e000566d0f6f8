import type { MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';

/**
 * One info line per request. Only the path is logged, never the query string, headers or body,
 * so tokens and passwords cannot reach the log.
 */
export function requestLog(log: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    log.info(
      {
        method: c.req.method,
        // Signed links (surveys, cases) carry their token in the path: it is logged as `…`.
        path: c.req.path.replace(/[\w-]{16,}\.[\w-]{16,}/g, '…'),
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
      },
      'request',
    );
  };
}
