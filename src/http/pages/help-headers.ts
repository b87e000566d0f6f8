import type { Context, ErrorHandler, MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';
import { AppError } from '../../core/errors.js';
import { STATUS_OF } from '../errors.js';
import { helpErrorPage } from './help-not-found.js';

// Scripts only from this origin (the widget and the help center's own file), so even a
// rendering bug could not run an article's script. Styles may be inline: the page's own sheet
// and the widget's, which lives in a shadow root. Article images may come from any https host.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' https: data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

/** Short public caching for pages that change when an editor publishes (ETag does the rest). */
const PAGE_CACHE = 'public, max-age=60';

/** Help center responses: the CSP on HTML, short caching on successful reads, none otherwise. */
export function helpHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (c.res.headers.get('content-type')?.startsWith('text/html')) {
      c.header('Content-Security-Policy', CSP);
    }
    if (c.res.headers.has('cache-control')) return;
    const cacheable = c.req.method === 'GET' && c.res.status === 200;
    c.header('Cache-Control', cacheable ? PAGE_CACHE : 'no-store');
  };
}

/**
 * Errors on help center pages are pages too: a reader gets a friendly HTML page with the right
 * status, never JSON and never internals.
 */
export function helpErrors(log: Logger): ErrorHandler {
  return (error: Error, c: Context) => {
    if (error instanceof AppError && error.code === 'not_found') {
      return c.html(
        helpErrorPage(
          "We couldn't find this help center",
          'Check the link you followed, or go back to the site you came from and look for its help link.',
        ),
        404,
      );
    }
    if (error instanceof AppError) {
      if (error.extra.retryAfterSeconds) {
        c.header('Retry-After', String(error.extra.retryAfterSeconds));
      }
      return c.html(helpErrorPage('We could not do that', error.message), STATUS_OF[error.code]);
    }
    log.error({ err: error, path: c.req.path }, 'unhandled error');
    return c.html(
      helpErrorPage(
        'Something went wrong on our side',
        'It has been logged. Please try again in a moment.',
      ),
      500,
    );
  };
}
