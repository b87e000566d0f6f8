import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Logger } from 'pino';
import { AppError } from '../core/errors.js';
import type { ErrorBody, ErrorCode } from '../shared/error-codes.js';

/** The single table from error code to HTTP status. */
export const STATUS_OF: Record<ErrorCode, ContentfulStatusCode> = {
  invalid_input: 400,
  unauthenticated: 401,
  session_expired: 401,
  invalid_credentials: 401,
  csrf_failed: 403,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  locked: 429,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
};

export function errorResponse(c: Context, error: AppError) {
  const body: ErrorBody = { error: { code: error.code, message: error.message, ...error.extra } };
  if (error.extra.retryAfterSeconds) c.header('Retry-After', String(error.extra.retryAfterSeconds));
  return c.json(body, STATUS_OF[error.code]);
}

/** Known errors become their status; anything else is logged and answered without internals. */
export function handleError(log: Logger) {
  return (error: Error, c: Context) => {
    if (error instanceof AppError) return errorResponse(c, error);
    if (isBadJson(error)) {
      return errorResponse(c, new AppError('invalid_input', 'The request body is not valid JSON.'));
    }
    log.error({ err: error, path: c.req.path }, 'unhandled error');
    return errorResponse(
      c,
      new AppError('internal', 'Something went wrong on our side. It has been logged.'),
    );
  };
}

function isBadJson(error: Error): boolean {
  return error instanceof SyntaxError || /Malformed JSON/i.test(error.message);
}
