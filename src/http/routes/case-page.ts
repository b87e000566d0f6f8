import { Hono } from 'hono';
import { openCaseLink } from '../../core/cases/open-case-link.js';
import { AppError } from '../../core/errors.js';
import type { AppEnv, HttpDeps } from '../app-env.js';
import { STATUS_OF } from '../errors.js';
import { caseStatusPage } from '../pages/case-status.js';
import { helpErrorPage } from '../pages/help-not-found.js';

// No script at all; the inline sheet is the only style. The token is in the address, so the
// page is never cached, never framed and never sends a referrer.
const CSP = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** /case/:token — a customer's case status from a signed link, without signing in. */
export function casePageRoutes({ core, log }: HttpDeps) {
  const app = new Hono<AppEnv>();
  app.use('/case/*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CSP);
    c.header('Cache-Control', 'no-store');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Robots-Tag', 'noindex');
  });
  app.get('/case/:token', async (c) => {
    try {
      return c.html(caseStatusPage(await openCaseLink(core, c.req.param('token'))));
    } catch (error) {
      if (!(error instanceof AppError)) {
        log.error({ err: error }, 'case page failed');
        const sorry = 'It has been logged. Please try again in a moment.';
        return c.html(helpErrorPage('Something went wrong on our side', sorry), 500);
      }
      const heading =
        error.code === 'forbidden' ? 'This link has expired' : 'This link does not work';
      return c.html(helpErrorPage(heading, error.message), STATUS_OF[error.code]);
    }
  });
  return app;
}
