import { Hono, type Context } from 'hono';
import { cors } from 'hono/cors';
import { resolveVisitor } from '../../core/contacts/resolve-visitor.js';
import { addSurveyComment } from '../../core/surveys/add-survey-comment.js';
import { answerSurvey } from '../../core/surveys/answer-survey.js';
import { openOffer, surveyState } from '../../core/surveys/survey-state.js';
import { commentOnReview, submitReview } from '../../core/surveys/submit-review.js';
import { AnswerSurveyInput, CommentInput, ReviewInput } from '../../shared/schemas/surveys.js';
import type { AppEnv, HttpDeps } from '../app-env.js';
import { readJson, uuidParam } from '../validate.js';

/**
 * The widget's surveys and reviews (any origin, visitor token in the Authorization header):
 * a visitor sees and answers only the surveys offered to them, and comments on their own reviews.
 */
export function widgetSurveyRoutes({ core }: HttpDeps) {
  const app = new Hono<AppEnv>();
  app.use(
    '*',
    cors({ origin: '*', allowHeaders: ['content-type', 'authorization', 'x-parley-key'] }),
  );
  const visitor = (c: Context) =>
    resolveVisitor(
      core,
      c.req.header('x-parley-key'),
      c.req.header('authorization')?.replace(/^Visitor\s+/i, ''),
    );
  const survey = async (c: Context) => {
    const who = await visitor(c);
    return { ...who, offerId: uuidParam(c, 'id', 'Survey') };
  };

  app.get('/surveys/:id', async (c) => {
    const offer = await openOffer(core.db, await survey(c));
    return c.json(await surveyState(core.db, offer, core.now()));
  });
  app.post('/surveys/:id/answer', async (c) => {
    const call = await survey(c);
    const answer = await readJson(c, AnswerSurveyInput);
    return c.json(await answerSurvey(core, { ...call, answer, channel: 'widget' }));
  });
  app.post('/surveys/:id/comment', async (c) => {
    const call = await survey(c);
    const { comment } = await readJson(c, CommentInput);
    return c.json(await addSurveyComment(core, { ...call, comment }));
  });
  app.post('/reviews', async (c) => {
    const who = await visitor(c);
    return c.json(await submitReview(core, who, await readJson(c, ReviewInput)), 201);
  });
  app.post('/reviews/:id/comment', async (c) => {
    const who = await visitor(c);
    const reviewId = uuidParam(c, 'id', 'Review');
    const { comment } = await readJson(c, CommentInput);
    await commentOnReview(core, who, { reviewId, comment });
    return c.body(null, 204);
  });
  return app;
}
