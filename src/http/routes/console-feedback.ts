import { Hono } from 'hono';
import { listFollowUps } from '../../core/surveys/list-follow-ups.js';
import { listResponses } from '../../core/surveys/list-responses.js';
import { recordFollowUp } from '../../core/surveys/record-follow-up.js';
import { requireFeedbackAccess } from '../../core/surveys/follow-up-view.js';
import { sendRelationalSurvey } from '../../core/surveys/send-relational-survey.js';
import { summarizeFeedback } from '../../core/surveys/summarize-feedback.js';
import { getSurveySettings, updateSurveySettings } from '../../core/surveys/survey-settings.js';
import { requireAdmin } from '../../core/users/require-role.js';
import {
  RecordOutcomeInput,
  ResponseListQuery,
  SendSurveyInput,
  SummaryQuery,
  SurveySettings,
} from '../../shared/schemas/surveys.js';
import type { AppEnv, HttpDeps } from '../app-env.js';
import { sessionAuth } from '../middleware/session-auth.js';
import { readJson, readQuery, uuidParam } from '../validate.js';

/** Feedback for the team: responses, follow-ups and their outcomes, survey settings, sending. */
export function consoleFeedbackRoutes({ core }: HttpDeps) {
  const app = new Hono<AppEnv>();
  const auth = sessionAuth(core);
  const team = (c: { get(k: 'actor'): AppEnv['Variables']['actor'] }) => {
    const { workspaceId, member } = c.get('actor');
    requireFeedbackAccess(member.role);
    return { workspaceId, userId: member.id, role: member.role };
  };

  app.get('/feedback/responses', auth, async (c) => {
    const { workspaceId } = team(c);
    const q = readQuery(c, ResponseListQuery);
    return c.json({ responses: await listResponses(core, workspaceId, q) });
  });
  app.get('/feedback/summary', auth, async (c) => {
    const { workspaceId } = team(c);
    return c.json(await summarizeFeedback(core, workspaceId, readQuery(c, SummaryQuery)));
  });
  app.get('/feedback/follow-ups', auth, async (c) =>
    c.json({ followUps: await listFollowUps(core, team(c).workspaceId) }),
  );
  app.post('/feedback/follow-ups/:id/outcome', auth, async (c) => {
    const by = team(c);
    const input = await readJson(c, RecordOutcomeInput);
    const followUpId = uuidParam(c, 'id', 'Follow-up');
    return c.json(await recordFollowUp(core, by, { ...input, followUpId }));
  });
  app.get('/feedback/settings', auth, async (c) => {
    const settings = await getSurveySettings(core, team(c).workspaceId);
    return c.json({ ...settings, emailEnabled: Boolean(core.emailEnabled) });
  });
  app.put('/feedback/settings', auth, async (c) => {
    const by = team(c);
    const settings = await updateSurveySettings(core, by, await readJson(c, SurveySettings));
    return c.json({ ...settings, emailEnabled: Boolean(core.emailEnabled) });
  });
  app.post('/feedback/send', auth, async (c) => {
    const by = team(c);
    requireAdmin(by.role);
    const input = await readJson(c, SendSurveyInput);
    return c.json(await sendRelationalSurvey(core, by, { ...input, deliver: 'email' }));
  });
  return app;
}
