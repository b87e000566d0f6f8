import { Hono } from 'hono';
import { listRoutedFeedback } from '../../core/feedback-routing/list-routed-feedback.js';
import {
  addFeedbackRoute,
  listFeedbackRoutes,
  removeFeedbackRoute,
} from '../../core/feedback-routing/manage-feedback-routes.js';
import { requireTeamReader } from '../../core/topics/topic-access.js';
import { requireAdmin } from '../../core/users/require-role.js';
import { FeedbackRouteInput, RoutedFeedbackQuery } from '../../shared/schemas/feedback-routing.js';
import type { AppEnv, HttpDeps } from '../app-env.js';
import { sessionAuth } from '../middleware/session-auth.js';
import { readJson, readQuery, uuidParam } from '../validate.js';

/** Feedback routing rules (owners and admins) and the feedback they routed (the team). */
export function consoleFeedbackRoutingRoutes({ core }: HttpDeps) {
  const app = new Hono<AppEnv>();
  const auth = sessionAuth(core);

  app.get('/feedback-routes', auth, async (c) => {
    const { workspaceId, member } = c.get('actor');
    requireTeamReader(member.role);
    return c.json({ routes: await listFeedbackRoutes(core, workspaceId) });
  });
  app.post('/feedback-routes', auth, async (c) => {
    const { workspaceId, member } = c.get('actor');
    requireAdmin(member.role);
    const input = await readJson(c, FeedbackRouteInput);
    return c.json(await addFeedbackRoute(core, { workspaceId, userId: member.id }, input), 201);
  });
  app.delete('/feedback-routes/:id', auth, async (c) => {
    const { workspaceId, member } = c.get('actor');
    requireAdmin(member.role);
    await removeFeedbackRoute(core, workspaceId, uuidParam(c, 'id', 'Routing rule'));
    return c.body(null, 204);
  });
  app.get('/feedback-routed', auth, async (c) => {
    const { workspaceId, member } = c.get('actor');
    requireTeamReader(member.role);
    const query = readQuery(c, RoutedFeedbackQuery);
    return c.json({ feedback: await listRoutedFeedback(core, workspaceId, query) });
  });
  return app;
}
