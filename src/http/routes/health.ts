import { Hono } from 'hono';
import type { HttpDeps } from '../app-env.js';

/** Liveness (the process answers) and readiness (the database answers and we are not stopping). */
export function healthRoutes(deps: HttpDeps) {
  const app = new Hono();
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    if (!deps.isReady()) return c.json({ status: 'stopping' }, 503);
    try {
      await deps.core.db.query('select 1');
      return c.json({ status: 'ready', database: deps.core.db.kind });
    } catch {
      return c.json({ status: 'database unavailable' }, 503);
    }
  });
  return app;
}
