import path from 'node:path';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { AppError } from '../core/errors.js';
import { findDemoWorkspace } from '../core/workspaces/find-demo-workspace.js';
import type { AppEnv, HttpDeps } from './app-env.js';
import { errorResponse, handleError } from './errors.js';
import { requestLog } from './middleware/request-log.js';
import { sameOrigin } from './middleware/session-auth.js';
import { openApiDocument } from './openapi.js';
import { storefrontPage } from './pages/storefront.js';
import { apiV1Routes } from './routes/api-v1.js';
import { apiV1KbRoutes } from './routes/api-v1-kb.js';
import { consoleAuthRoutes } from './routes/console-auth.js';
import { consoleContactRoutes } from './routes/console-contacts.js';
import { consoleConversationRoutes } from './routes/console-conversations.js';
import { consoleKbRoutes } from './routes/console-kb.js';
import { consoleLadderRoutes } from './routes/console-ladder.js';
import { consoleMetricsRoutes } from './routes/console-metrics.js';
import { consolePushRoutes } from './routes/console-push.js';
import { consoleTeamRoutes } from './routes/console-teams.js';
import { consoleWebhookRoutes } from './routes/console-webhooks.js';
import { consoleWorkspaceRoutes } from './routes/console-workspace.js';
import { helpCenterRoutes } from './routes/help-center.js';
import { healthRoutes } from './routes/health.js';
import { widgetApiRoutes } from './routes/widget-api.js';
import { consoleAssets } from './routes/static-assets.js';
import { widgetAssets } from './routes/widget-assets.js';

/** Builds the whole HTTP surface from explicit dependencies. */
export function createApp(deps: HttpDeps) {
  const app = new Hono<AppEnv>();
  app.use('*', requestLog(deps.log));
  app.route('/', widgetAssets(deps.assetsDir)); // before secureHeaders: loaded from any site
  app.use('*', secureHeaders({ crossOriginEmbedderPolicy: false }));
  app.route('/', healthRoutes(deps));

  app.use('/api/console/*', sameOrigin());
  app.route('/api/console/auth', consoleAuthRoutes(deps));
  app.route('/api/console', consoleWorkspaceRoutes(deps));
  app.route('/api/console', consoleConversationRoutes(deps));
  app.route('/api/console', consoleWebhookRoutes(deps));
  app.route('/api/console', consolePushRoutes(deps));
  app.route('/api/console', consoleLadderRoutes(deps));
  app.route('/api/console', consoleMetricsRoutes(deps));
  app.route('/api/console', consoleContactRoutes(deps));
  app.route('/api/console', consoleKbRoutes(deps));
  app.route('/api/console', consoleTeamRoutes(deps));
  app.get('/api/openapi.json', (c) => c.json(openApiDocument(new URL(c.req.url).origin)));
  app.route('/api/v1', apiV1KbRoutes(deps)); // first: answers also accept a widget key
  app.route('/api/v1', apiV1Routes(deps));
  app.route('/api/widget', widgetApiRoutes(deps));
  app.route('/', helpCenterRoutes(deps));

  app.get('/', async (c) =>
    c.html(storefrontPage((await findDemoWorkspace(deps.core))?.public_key)),
  );
  app.route('/console', consoleAssets(path.join(deps.assetsDir, 'console')));

  app.notFound((c) =>
    errorResponse(c, new AppError('not_found', `Nothing at ${c.req.method} ${c.req.path}.`)),
  );
  app.onError(handleError(deps.log));
  return app;
}
