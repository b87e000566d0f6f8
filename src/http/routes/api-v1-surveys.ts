import { Hono } from 'hono';
import { listResponses } from '../../core/surveys/list-responses.js';
import { sendRelationalSurvey } from '../../core/surveys/send-relational-survey.js';
import type { AppEnv, HttpDeps } from '../app-env.js';
import { tokenAuth } from '../middleware/token-auth.js';
import { siteOrigin } from '../pages/help-urls.js';
import { readJson, readQuery } from '../validate.js';
import { API_V1_SURVEYS as S } from './api-v1-surveys-spec.js';

/** Surveys and feedback for integrators (bearer token, scoped to its workspace). */
export function apiV1SurveyRoutes({ core, publicUrl }: HttpDeps) {
  const app = new Hono<AppEnv>();
  app.use('/surveys/*', tokenAuth(core));
  app.use('/feedback/*', tokenAuth(core));

  app.post(S.surveysSend.path, async (c) => {
    const token = c.get('apiToken');
    const input = await readJson(c, S.surveysSend.body.schema);
    const result = await sendRelationalSurvey(
      core,
      { workspaceId: token.workspace_id, userId: token.created_by },
      input,
    );
    const origin = siteOrigin(c.req.url, publicUrl);
    const invitations = result.invitations.map((i) =>
      i.link ? { ...i, link: origin + i.link } : i,
    );
    return c.json({ ...result, invitations });
  });
  app.get(S.feedbackResponses.path, async (c) => {
    const q = readQuery(c, S.feedbackResponses.query);
    return c.json({ responses: await listResponses(core, c.get('apiToken').workspace_id, q) });
  });
  return app;
}
