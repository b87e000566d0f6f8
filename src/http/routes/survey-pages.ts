import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Logger } from 'pino';
import { addSurveyComment } from '../../core/surveys/add-survey-comment.js';
import { answerSurvey } from '../../core/surveys/answer-survey.js';
import { AppError } from '../../core/errors.js';
import { openSurveyLink } from '../../core/surveys/open-survey-link.js';
import { AnswerSurveyInput, CommentInput } from '../../shared/schemas/surveys.js';
import type { AppEnv, HttpDeps } from '../app-env.js';
import { STATUS_OF } from '../errors.js';
import { helpErrorPage } from '../pages/help-not-found.js';
import { surveyPage } from '../pages/survey-page.js';
import { SURVEY_SCRIPT, SURVEY_SCRIPT_PATH } from '../pages/survey-script.js';

// Scripts only from here (the one-tap file), forms only back to here. The token is in the
// address, so the page is never cached, never framed and never sends a referrer.
const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'unsafe-inline'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const formBody = bodyLimit({
  maxSize: 32 * 1024,
  onError: (c) =>
    c.html(helpErrorPage('That was too long', 'Keep a comment to a few paragraphs.'), 413),
});

/**
 * /survey/:token — a survey from a signed link, answered without signing in. Plain HTML forms:
 * a score is one tap, the comment optional, before or after it. Answers redirect back to the
 * page (POST, then GET), so a reload never sends twice.
 */
export function surveyPageRoutes({ core, log }: HttpDeps) {
  const app = new Hono<AppEnv>();
  app.get(SURVEY_SCRIPT_PATH, (c) => {
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
    return c.body(SURVEY_SCRIPT, 200, { 'Content-Type': 'text/javascript; charset=utf-8' });
  });
  app.use('/survey/:token{[^/]+}', pageHeaders);
  app.use('/survey/:token{[^/]+}/*', pageHeaders);
  app.onError(pageErrors(log));
  const here = (c: Context) => `/survey/${encodeURIComponent(c.req.param('token') ?? '')}`;

  app.get('/survey/:token', async (c) => {
    const opened = await openSurveyLink(core, c.req.param('token'));
    const score = Number(c.req.query('score'));
    const chosen =
      c.req.query('score') !== undefined && Number.isInteger(score) ? score : undefined;
    return c.html(surveyPage(opened, here(c), chosen));
  });
  app.post('/survey/:token', formBody, async (c) => {
    const opened = await openSurveyLink(core, c.req.param('token'));
    const answer = readForm(AnswerSurveyInput, await c.req.parseBody());
    await answerSurvey(core, {
      workspaceId: opened.offer.workspace_id,
      offerId: opened.offer.id,
      channel: opened.channel,
      answer,
    });
    return c.redirect(here(c), 303);
  });
  app.post('/survey/:token/comment', formBody, async (c) => {
    const opened = await openSurveyLink(core, c.req.param('token'));
    const { comment } = readForm(CommentInput, await c.req.parseBody());
    await addSurveyComment(core, {
      workspaceId: opened.offer.workspace_id,
      offerId: opened.offer.id,
      comment,
    });
    return c.redirect(here(c), 303);
  });
  return app;
}

async function pageHeaders(c: Context, next: () => Promise<void>) {
  await next();
  c.header('Content-Security-Policy', CSP);
  c.header('Cache-Control', 'no-store');
  c.header('Referrer-Policy', 'no-referrer');
  c.header('X-Robots-Tag', 'noindex');
}

/** Form fields left empty are absent (an empty score is not a zero). */
function readForm<S extends typeof AnswerSurveyInput | typeof CommentInput>(
  schema: S,
  body: Record<string, unknown>,
) {
  const fields = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== ''));
  const parsed = schema.safeParse(fields);
  if (!parsed.success) {
    const what = parsed.error.issues.map((i) => `${i.path.join('.') || 'answer'}: ${i.message}`);
    throw new AppError('invalid_input', `Please check your answer (${what.join('; ')}).`);
  }
  return parsed.data as S['_output'];
}

/** Problems are pages too, with the right status: a broken or expired link says what to do. */
function pageErrors(log: Logger) {
  return (error: Error, c: Context) => {
    if (!(error instanceof AppError)) {
      log.error({ err: error, path: c.req.path }, 'survey page failed');
      const sorry = 'It has been logged. Please try again in a moment.';
      return c.html(helpErrorPage('Something went wrong on our side', sorry), 500);
    }
    const heading =
      error.code === 'forbidden'
        ? 'This survey link has expired'
        : error.code === 'not_found'
          ? 'This survey link does not work'
          : 'We could not take that answer';
    return c.html(helpErrorPage(heading, error.message), STATUS_OF[error.code]);
  };
}
