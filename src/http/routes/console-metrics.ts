import { Hono } from 'hono';
import { answerFirstMetrics, requireInsightsAccess } from '../../core/metrics/answer-first.js';
import { AnswerFirstQuery } from '../../shared/schemas/metrics.js';
import type { AppEnv, HttpDeps } from '../app-env.js';
import { sessionAuth } from '../middleware/session-auth.js';
import { readQuery } from '../validate.js';

/** Insights for the team (owners, admins, agents): how well answers work. */
export function consoleMetricsRoutes({ core }: HttpDeps) {
  const app = new Hono<AppEnv>();

  app.get('/metrics/answer-first', sessionAuth(core), async (c) => {
    const actor = c.get('actor');
    requireInsightsAccess(actor.member.role);
    const query = readQuery(c, AnswerFirstQuery);
    return c.json(await answerFirstMetrics(core, { workspaceId: actor.workspaceId, ...query }));
  });
  return app;
}
