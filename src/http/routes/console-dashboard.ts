import { Hono } from 'hono';
import { exportResponses } from '../../core/dashboard/export-responses.js';
import { summarizeDashboard } from '../../core/dashboard/summarize-dashboard.js';
import { requireFeedbackAccess } from '../../core/surveys/follow-up-view.js';
import { DashboardQuery } from '../../shared/schemas/dashboard.js';
import type { AppEnv, HttpDeps } from '../app-env.js';
import { sessionAuth } from '../middleware/session-auth.js';
import { readQuery } from '../validate.js';

/** The voice-of-the-customer dashboard, and its answers as a CSV file. */
export function consoleDashboardRoutes({ core }: HttpDeps) {
  const app = new Hono<AppEnv>();
  const auth = sessionAuth(core);
  const team = (c: { get(k: 'actor'): AppEnv['Variables']['actor'] }) => {
    const { workspaceId, member } = c.get('actor');
    requireFeedbackAccess(member.role);
    return workspaceId;
  };

  app.get('/dashboard', auth, async (c) => {
    const workspaceId = team(c);
    return c.json(await summarizeDashboard(core, workspaceId, readQuery(c, DashboardQuery)));
  });
  app.get('/dashboard/export.csv', auth, async (c) => {
    const workspaceId = team(c);
    const file = await exportResponses(core, workspaceId, readQuery(c, DashboardQuery));
    return c.body(file.csv, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${file.fileName}"`,
      'cache-control': 'no-store',
    });
  });
  return app;
}
