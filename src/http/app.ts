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
import { apiV1CaseRoutes } from './routes/api-v1-cases.js';
import { apiV1KbRoutes } from './routes/api-v1-kb.js';
import { apiV1SurveyRoutes } from './routes/api-v1-surveys.js';
import { casePageRoutes } from './routes/case-page.js';
import { consoleAuthRoutes } from './routes/console-auth.js';
import { consoleCallbackRoutes } from './routes/console-callbacks.js';
import { consoleCaseRoutes } from './routes/console-cases.js';
import { consoleContactRoutes } from './routes/console-contacts.js';
import { consoleDashboardRoutes } from './routes/console-dashboard.js';
import { consoleFeedbackRoutes } from './routes/console-feedback.js';
import { consoleFeedbackRoutingRoutes } from './routes/console-feedback-routing.js';
import { consoleImprovementRoutes } from './routes/console-improvements.js';
import { consoleInvitationRoutes } from './routes/console-invitations.js';
import { consoleConversationRoutes } from './routes/console-conversations.js';
import { consoleKbRoutes } from './routes/console-kb.js';
import { consoleLadderRoutes } from './routes/console-ladder.js';
import { consoleMetricsRoutes } from './routes/console-metrics.js';
import { consolePushRoutes } from './routes/console-push.js';
import { consoleSlaRoutes } from './routes/console-slas.js';
import { consoleTeamRoutes } from './routes/console-teams.js';
import { consoleTopicRoutes } from './routes/console-topics.js';
import { consoleWebhookRoutes } from './routes/console-webhooks.js';
import { consoleWorkspaceRoutes } from './routes/console-workspace.js';
import { helpCenterRoutes } from './routes/help-center.js';
import { healthRoutes } from './routes/health.js';
import { surveyPageRoutes } from './routes/survey-pages.js';
import { widgetApiRoutes } from './routes/widget-api.js';
import { consoleAssets } from './routes/static-assets.js';
import { widgetAssets } from './routes/widget-assets.js';
import { widgetCallbackRoutes } from './routes/widget-callbacks.js';
import { widgetCaseRoutes } from './routes/widget-cases.js';
import { widgetInvitationRoutes } from './routes/widget-invitations.js';
import { widgetSurveyRoutes } from './routes/widget-surveys.js';

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
  app.route('/api/console', consoleCaseRoutes(deps));
  app.route('/api/console', consoleCallbackRoutes(deps));
  app.route('/api/console', consoleTeamRoutes(deps));
  app.route('/api/console', consoleFeedbackRoutes(deps));
  app.route('/api/console', consoleDashboardRoutes(deps));
  app.route('/api/console', consoleTopicRoutes(deps));
  app.route('/api/console', consoleImprovementRoutes(deps));
  app.route('/api/console', consoleFeedbackRoutingRoutes(deps));
  app.route('/api/console', consoleInvitationRoutes(deps));
  app.route('/api/console', consoleSlaRoutes(deps));
  app.get('/api/openapi.json', (c) => c.json(openApiDocument(new URL(c.req.url).origin)));
  app.route('/api/v1', apiV1KbRoutes(deps)); // first: answers also accept a widget key
  app.route('/api/v1', apiV1SurveyRoutes(deps)); // before apiV1Routes: one token check
  app.route('/api/v1', apiV1CaseRoutes(deps)); // before apiV1Routes: one token check
  app.route('/api/v1', apiV1Routes(deps));
  app.route('/api/widget', widgetApiRoutes(deps));
  app.route('/api/widget', widgetCaseRoutes(deps));
  app.route('/api/widget', widgetCallbackRoutes(deps));
  app.route('/api/widget', widgetSurveyRoutes(deps));
  app.route('/api/widget', widgetInvitationRoutes(deps));
  app.route('/', helpCenterRoutes(deps));
  app.route('/', casePageRoutes(deps));
  app.route('/', surveyPageRoutes(deps));

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
